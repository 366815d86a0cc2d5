"""The dashboard's pages and JSON endpoints, in process (Starlette's TestClient)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from accord.analysis import analyze
from accord.io import read_scenario
from accord.web import create_app, scenario_paths

SID = "gaza-ceasefire-2024-05"


@pytest.fixture(scope="module")
def client(request):
    flagship = request.config.rootpath / "scenarios" / "gaza-ceasefire-2024-05.yaml"
    labour = request.config.rootpath / "examples" / "labour-dispute.yaml"
    app = create_app([flagship, labour])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def test_index_lists_the_scenarios_given(client):
    page = client.get("/")
    assert page.status_code == 200
    assert f'href="/s/{SID}"' in page.text and 'href="/s/labour-dispute"' in page.text
    listed = client.get("/api/scenarios").json()
    assert [s["id"] for s in listed] == [SID, "labour-dispute"]
    assert listed[0]["title"] == "Gaza ceasefire talks, Cairo, May 2024"


def test_dashboard_page_shows_the_analysis(client, flagship_path):
    page = client.get(f"/s/{SID}")
    assert page.status_code == 200
    text = page.text
    assert 'id="zopa-count">0<' in text  # the flagship's ZOPA is empty
    assert "there is no ZOPA" in text  # the diagnosis, in words
    assert 'id="res-hamas"' in text and 'value="0.580"' in text
    assert 'src="/static/plotly.min.js"' in text and "cdn" not in text.lower()
    # the issue table words a margin of 0 as the diagnosis does, not "margin 0.000"
    assert "only just opens a ZOPA (margin 0)" in text and "margin 0.000" not in text


def test_analysis_endpoint_is_the_library_analysis(client, flagship_path):
    data = client.get(f"/api/s/{SID}/analysis").json()
    expected = analyze(read_scenario(flagship_path)).to_dict()
    assert data["zopa"] == expected["zopa"]
    assert data["pareto"]["outcomes"] == expected["pareto"]["outcomes"]
    assert data["diagnosis"]["shortfall"] == expected["diagnosis"]["shortfall"]
    assert data["diagnosis"]["summary"][0].startswith("No package gives every party")


def test_whatif_moves_the_zopa(client):
    stated = client.post(f"/api/s/{SID}/whatif", json={}).json()
    assert stated["analysis"]["zopa"] == {"size": 0, "empty": True}
    assert stated["analysis"]["diagnosis"]["shortfall"] == pytest.approx(0.0215)
    opened = client.post(f"/api/s/{SID}/whatif", json={"reservation": {"hamas": 0.5}}).json()
    assert opened["analysis"]["zopa"]["size"] == 19
    assert opened["analysis"]["reservation"] == [0.62, 0.5]
    assert opened["analysis"]["diagnosis"]["summary"][0] == (
        "A ZOPA exists: the best package leaves every party at least 0.020 above its "
        "walk-away value.")
    nash = opened["analysis"]["solutions"]["nash"]
    assert set(nash["outcome"]) == {"ceasefire", "hostages_phase_one", "prisoners", "withdrawal",
                                    "return_north", "aid_trucks_per_day", "governance",
                                    "guarantees"}
    assert opened["elapsed_ms"] > 0
    names = [trace["name"] for trace in opened["figure"]["data"]]
    assert names[0] == "packages: 10,692 packages (4,000 drawn at random)"
    assert names[1] == "ZOPA: 19 packages"
    assert names[2] == "Pareto frontier: 84 points"
    assert names[3] == "walk-away values (Government of Israel 0.620, Hamas 0.500)"


def test_whatif_weights_change_the_frontier(client):
    stated = client.post(f"/api/s/{SID}/whatif", json={}).json()
    moved = client.post(f"/api/s/{SID}/whatif", json={
        "weights": {"hamas": {"ceasefire": 0.05}}}).json()
    assert moved["weights"]["hamas"]["ceasefire"] == 0.05
    assert stated["weights"]["hamas"]["ceasefire"] == 0.32
    assert moved["analysis"]["pareto"]["outcomes"] != stated["analysis"]["pareto"]["outcomes"]


@pytest.mark.parametrize(("body", "field"), [
    ({"reservation": {"hamas": 1.5}}, None),
    ({"reservation": {"hamas": "high"}}, "reservation.hamas"),
    ({"reservation": {"nobody": 0.5}}, None),
    ({"weights": {"hamas": {"weather": 0.5}}}, None),
    ({"weights": {"hamas": {"ceasefire": -1}}}, None),
    ({"weights": ["hamas"]}, "weights"),
    ({"pair": [0, 0]}, "pair"),
])
def test_whatif_bad_input_is_a_400_with_a_message(client, body, field):
    response = client.post(f"/api/s/{SID}/whatif", json=body)
    assert response.status_code == 400
    data = response.json()
    assert data["error"] and "Traceback" not in response.text
    assert data["field"] == field


def test_simulate_replays_round_by_round(client):
    run = client.post(f"/api/s/{SID}/simulate", json={
        "agents": ["linear", "conceder"], "rounds": 40, "seed": 3}).json()
    assert run["agents"] == ["linear", "conceder"] and run["seed"] == 3
    rounds = [move["round"] for move in run["trace"]]
    assert rounds == sorted(rounds) and max(rounds) <= 40
    assert run["figure"]["data"]
    again = client.post(f"/api/s/{SID}/simulate", json={
        "agents": ["linear", "conceder"], "rounds": 40, "seed": 3}).json()
    assert again["trace"] == run["trace"]


@pytest.mark.parametrize("agents", [["linear"], ["os:system", "linear"], ["nope", "linear"]])
def test_simulate_accepts_only_built_in_agents(client, agents):
    response = client.post(f"/api/s/{SID}/simulate", json={"agents": agents})
    assert response.status_code == 400
    assert response.json()["field"] == "agents"


def test_forecast_with_monte_carlo_bands(client):
    data = client.post(f"/api/s/{SID}/forecast", json={"model": "mean", "runs": 5}).json()
    assert data["model"] == "mean" and data["monte_carlo"]["runs"] == 5
    assert set(data["forecast"]) == set(data["dimensions"])
    bad = client.post(f"/api/s/{SID}/forecast", json={"model": "oracle"})
    assert bad.status_code == 400 and bad.json()["field"] == "model"


def test_yaml_validation_points_at_the_line(client, flagship_path):
    text = client.get(f"/api/s/{SID}/yaml").json()["text"]
    assert text == flagship_path.read_text(encoding="utf-8")
    ok = client.post(f"/api/s/{SID}/validate", json={"text": text}).json()
    assert ok == {"valid": True, "scenario": "Gaza ceasefire talks, Cairo, May 2024",
                  "issues": 8, "parties": 9}
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if "reservation_value:" in line)
    lines[at] = lines[at].split(":")[0] + ": 1.7"
    bad = client.post(f"/api/s/{SID}/validate", json={"text": "\n".join(lines)}).json()
    assert bad["valid"] is False
    assert bad["line"] == at + 1
    assert bad["field"].endswith("reservation_value")
    syntax = client.post(f"/api/s/{SID}/validate", json={"text": "name: [unclosed\n"}).json()
    assert syntax["valid"] is False and syntax["message"].startswith("YAML syntax")


def test_save_as_writes_a_new_file_and_serves_it(client, tmp_path, flagship_path):
    text = flagship_path.read_text(encoding="utf-8").replace(
        "Gaza ceasefire talks, Cairo, May 2024", "Gaza, edited")
    target = tmp_path / "edited.yaml"
    saved = client.post(f"/api/s/{SID}/save", json={"text": text, "path": str(target)}).json()
    assert saved["saved"] == str(target) and target.read_text(encoding="utf-8") == text
    assert client.get(saved["url"]).status_code == 200
    assert "Gaza, edited" in client.get(saved["url"]).text


def test_scenario_folder_and_missing_paths(tmp_path, flagship_path):
    assert scenario_paths([flagship_path.parent]) == [flagship_path]
    from accord.errors import AccordInputError

    with pytest.raises(AccordInputError, match="no such file"):
        scenario_paths([tmp_path / "absent.yaml"])
    with pytest.raises(AccordInputError, match="no .yaml"):
        scenario_paths([tmp_path])


def test_unreadable_scenario_shows_its_error_and_the_editor(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: broken\nissues:\n  x: {type: ordinal, values: []}\n",
                      encoding="utf-8")
    with TestClient(create_app([broken]), base_url="http://127.0.0.1") as c:
        page = c.get("/s/broken")
        assert page.status_code == 200
        assert 'id="load-error"' in page.text and "broken.yaml:" in page.text
        assert 'id="yaml-text"' in page.text
        assert c.get("/api/s/broken/analysis").status_code == 400


def test_robust_whatif_under_the_declared_uncertainty(client, flagship_path):
    from accord.analysis.whatif import adjusted, robust_what_if
    from accord.model.problem import compile_problem

    body = {"reservation": {"hamas": 0.5}, "scale": 0.5, "draws": 200, "seed": 2}
    data = client.post(f"/api/s/{SID}/robust", json=body).json()
    expected = robust_what_if(
        adjusted(compile_problem(read_scenario(flagship_path)), {"hamas": 0.5}),
        scale=0.5, draws=200, seed=2)
    assert data["p_zopa"] == expected.p_zopa and data["draws"] == 200
    assert data["parameters"] == 18 and len(data["packages"]) == 3
    page = client.get(f"/s/{SID}").text
    assert 'id="spread-scale"' in page and "(18 parameters)" in page
    bad = client.post(f"/api/s/{SID}/robust", json={"draws": 10**9})
    assert bad.status_code == 400 and bad.json()["field"] == "draws"


def test_report_opens_and_downloads(client):
    """The report of the scenario as given: one self-contained page (plotly.js inlined)."""
    url = f"/s/{SID}/report.html?robust=0&simulate=0&forecast=0"
    page = client.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Gaza ceasefire talks, Cairo, May 2024" in page.text
    assert "<script src=" not in page.text  # nothing to fetch: scripts are inlined
    assert "content-disposition" not in page.headers
    saved = client.get(url + "&download=1")
    assert saved.headers["content-disposition"] == (
        f'attachment; filename="{SID}-report.html"')
    assert client.get(f"/s/{SID}/report.html?draws=many").status_code == 400


def test_three_parties_choose_the_pair_drawn(tmp_path):
    from accord.io import write_scenario
    from accord.model.generate import random_scenario

    path = tmp_path / "three.yaml"
    write_scenario(random_scenario([3, 4, 5], n_parties=3, seed=2, name="three"), path)
    with TestClient(create_app([path]), base_url="http://127.0.0.1") as c:
        assert 'id="pair-x"' in c.get("/s/three").text
        data = c.post("/api/s/three/whatif", json={"pair": [2, 0]}).json()
        layout = data["figure"]["layout"]
        parties = data["analysis"]["party_names"]
        assert layout["xaxis"]["title"]["text"] == f"utility of {parties[2]}"
        assert layout["yaxis"]["title"]["text"] == f"utility of {parties[0]}"
        assert c.post("/api/s/three/whatif", json={"pair": [0, 3]}).status_code == 400


def test_the_index_reads_names_only(flagship_path):
    app = create_app([flagship_path])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert "Gaza ceasefire talks" in c.get("/").text
        entry = app.state.pages.catalog.get(SID)
        assert entry._read is not None and entry._analysed is None  # not analysed yet
        c.get(f"/s/{SID}")
        assert entry._analysed is not None
