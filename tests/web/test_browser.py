"""End to end in a real browser: Debian's headless Chromium on ``accord serve``.

Loads the dashboard, moves a slider with the keyboard and waits for the ZOPA count the
server computes, runs and replays a simulation, breaks the YAML and sees the error at its
line; every page's console must stay free of errors. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import pytest

SID = "gaza-ceasefire-2024-05"
WAIT = 60


def _wait(driver, condition, message):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.1).until(condition, message)


def _console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE"]


def _text(driver, css):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, css).text


@pytest.fixture
def dashboard(browser, live_server):
    browser.get(f"{live_server}/s/{SID}")
    _wait(browser, lambda d: _text(d, "#latency") not in ("", "–"), "no what-if answer")
    _wait(browser, lambda d: d.find_elements("css selector", "#utility-chart .main-svg"),
          "the utility-space chart was not drawn")
    return browser


def test_moving_a_walk_away_slider_changes_the_zopa(dashboard, artifacts):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    driver = dashboard
    assert _text(driver, "#zopa-count") == "0"
    assert _text(driver, "#gap-label").lower() == "gap to a deal"
    slider = driver.find_element(By.ID, "res-hamas")
    assert slider.get_attribute("value") == "0.58"
    slider.send_keys(*[Keys.ARROW_LEFT] * 16)  # 16 steps of 0.005: 0.580 -> 0.500
    assert slider.get_attribute("value") == "0.5"
    _wait(driver, lambda d: _text(d, "#zopa-count") == "19",
          f"the ZOPA count stayed {_text(driver, '#zopa-count')}")
    assert _text(driver, "#gap-label").lower() == "margin of the best package"
    assert _text(driver, "#diagnosis-lines li").startswith("A ZOPA exists")  # recomputed
    rows = driver.find_elements(By.CSS_SELECTOR, "#solutions tbody tr")
    assert len(rows) == 4 and "ceasefire = " in rows[0].text
    Select(driver.find_element(By.ID, "robust-draws")).select_by_value("500")
    driver.find_element(By.ID, "robust-run").click()
    _wait(driver, lambda d: "P(a ZOPA exists) = " in _text(d, "#robust-result"),
          f"no P(ZOPA): {_text(driver, '#robust-result')!r}")
    assert "500 draws of 18 parameters" in _text(driver, "#robust-result")
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(artifacts / "dashboard.png"))
    assert _console_errors(driver) == []


def test_a_weight_slider_redraws_the_frontier(dashboard):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = dashboard
    before = _text(driver, "#frontier-size")
    slider = driver.find_element(By.ID, "w-israel-ceasefire")
    slider.send_keys(*[Keys.ARROW_LEFT] * 25)
    _wait(driver, lambda d: _text(d, "#frontier-size") != before, "the frontier did not change")
    driver.find_element(By.ID, "reset").click()
    _wait(driver, lambda d: _text(d, "#frontier-size") == before, "reset did not restore it")
    assert _console_errors(driver) == []


def test_simulation_runs_and_replays(dashboard, artifacts):
    from selenium.webdriver.common.by import By

    driver = dashboard
    driver.find_element(By.CSS_SELECTOR, "button[data-tab=tab-simulate]").click()
    driver.find_element(By.ID, "simulate-run").click()
    _wait(driver, lambda d: d.find_element(By.ID, "simulate-result").is_displayed(),
          "no simulation result")
    assert "round" in _text(driver, "#simulate-summary")
    replay = driver.find_element(By.ID, "replay-round")
    last = int(replay.get_attribute("max"))
    assert last > 1
    driver.execute_script(
        "arguments[0].value = 1; arguments[0].dispatchEvent(new Event('input'))", replay)
    _wait(driver, lambda d: _text(d, "#replay-label") == "1", "the replay did not move")
    assert driver.find_elements(By.CSS_SELECTOR, "#replay-moves tbody tr")
    driver.execute_script(
        "arguments[0].value = arguments[0].max; arguments[0].dispatchEvent(new Event('input'));"
        "document.getElementById('tab-simulate').scrollIntoView()", replay)
    driver.save_screenshot(str(artifacts / "simulation.png"))
    assert _console_errors(driver) == []


def test_yaml_errors_are_shown_at_their_line(dashboard, artifacts):
    from selenium.webdriver.common.by import By

    driver = dashboard
    driver.find_element(By.CSS_SELECTOR, "button[data-tab=tab-edit]").click()
    editor = driver.find_element(By.ID, "yaml-text")
    _wait(driver, lambda d: "Valid:" in _text(d, "#yaml-status"), "the YAML was not checked")
    text = editor.get_attribute("value")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "reservation_value:" in row)
    broken = "\n".join(row.split(":")[0] + ": 2.5" if i == line else row
                       for i, row in enumerate(text.splitlines(), 1))
    driver.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
        editor, broken)
    _wait(driver, lambda d: _text(d, "#yaml-status").startswith(f"line {line}:"),
          f"no error at line {line}: {_text(driver, '#yaml-status')!r}")
    assert "reservation_value" in _text(driver, "#yaml-status")
    gutter = driver.find_element(By.ID, "gutter").get_attribute("textContent").split("\n")
    assert gutter[line - 1] == f"▶{line}"
    assert _console_errors(driver) == []


def test_forecast_draws_paths_and_bands(dashboard, artifacts):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = dashboard
    driver.find_element(By.CSS_SELECTOR, "button[data-tab=tab-forecast]").click()
    Select(driver.find_element(By.CSS_SELECTOR, "#forecast-form select[name=model]")
           ).select_by_value("smp")
    driver.find_element(By.ID, "forecast-run").click()
    _wait(driver, lambda d: d.find_element(By.ID, "forecast-table").is_displayed(),
          f"no forecast: {_text(driver, '#forecast-status')!r}")
    rows = driver.find_elements(By.CSS_SELECTOR, "#forecast-table tbody tr")
    assert [r.text.split()[0] for r in rows] == ["ceasefire", "hostages_phase_one",
                                                 "withdrawal", "governance"]
    assert "20 Monte Carlo runs" in _text(driver, "#forecast-status")
    driver.execute_script("document.getElementById('tab-forecast').scrollIntoView()")
    driver.save_screenshot(str(artifacts / "forecast.png"))
    assert _console_errors(driver) == []


def test_report_opens_without_console_errors(browser, live_server, artifacts):
    from selenium.webdriver.common.by import By

    browser.get(f"{live_server}/s/{SID}")
    link = browser.find_element(By.ID, "report-link")
    assert link.get_attribute("href").endswith(f"/s/{SID}/report.html")
    browser.get(f"{live_server}/s/{SID}/report.html?draws=1000&runs=20")
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")) >= 3,
          "the report's charts were not drawn")
    assert "Gaza ceasefire talks, Cairo, May 2024" in browser.title + browser.page_source
    browser.save_screenshot(str(artifacts / "report.png"))
    assert _console_errors(browser) == []
