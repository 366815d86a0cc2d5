"""What keeps the dashboard local and its files safe: only the scenarios given, no path
traversal, size limits, same-origin JSON writes, no tracebacks, explicit save-as."""

from __future__ import annotations

import pytest
from starlette.responses import Response
from starlette.routing import Route
from starlette.testclient import TestClient

from accord.web import create_app

SID = "gaza-ceasefire-2024-05"


@pytest.fixture
def app(flagship_path):
    return create_app([flagship_path])


@pytest.fixture
def client(app):
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


SECRET = "/etc/passwd"


@pytest.mark.parametrize("path", [
    "/api/s/../../etc/passwd/yaml",
    "/api/s/..%2F..%2F..%2Fetc%2Fpasswd/yaml",
    "/api/s/%2e%2e%2f%2e%2e%2fetc%2fpasswd/yaml",
    "/api/s/%252e%252e%252fetc%252fpasswd/yaml",
    "/api/s/%2Fetc%2Fpasswd/yaml",
    "/api/s//etc/passwd/yaml",
    "/s/..%2F..%2Fetc%2Fpasswd",
    "/s/%2Fetc%2Fpasswd/report.html",
    "/static/../../../../etc/passwd",
    "/static/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2Fetc%2Fpasswd",
    "/api/s/gaza-ceasefire-2024-05/../../../etc/passwd",
    "/api/s/gaza-ceasefire-2024-05%2F..%2F..%2Fpyproject.toml/yaml",
])
def test_path_traversal_reaches_nothing(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "root:" not in response.text


@pytest.mark.parametrize("name", ["..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd",
                                  "..%2Fscenarios%2Fgaza-ceasefire-2024-05"])
def test_posts_to_unknown_scenarios_are_404(client, name):
    response = client.post(f"/api/s/{name}/whatif", json={})
    assert response.status_code == 404


def test_only_the_scenarios_given_are_listed(client, flagship_path):
    assert [s["id"] for s in client.get("/api/scenarios").json()] == [SID]
    assert client.get("/s/labour-dispute").status_code == 404


def test_large_bodies_are_refused(client):
    big = {"text": "x" * (2 << 20)}
    response = client.post(f"/api/s/{SID}/validate", json=big)
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]


def test_streamed_body_without_length_is_capped(flagship_path):
    app = create_app([flagship_path], max_body=1000)

    def chunks():
        for _ in range(10):
            yield b'{"text": "' + b"x" * 200

    with TestClient(app, base_url="http://127.0.0.1") as c:
        response = c.post(f"/api/s/{SID}/validate", content=chunks(),
                          headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_posts_must_be_json(client):
    form = client.post(f"/api/s/{SID}/save", data={"text": "x", "path": "/tmp/x.yaml"})
    assert form.status_code == 415
    plain = client.post(f"/api/s/{SID}/whatif", content=b"{}",
                        headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415
    broken = client.post(f"/api/s/{SID}/whatif", content=b"{not json",
                         headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["error"]


def test_foreign_hosts_and_origins_are_refused(client):
    rebound = client.get("/", headers={"Host": "evil.example:8000"})
    assert rebound.status_code == 403
    cross = client.post(f"/api/s/{SID}/whatif", json={},
                        headers={"Origin": "http://evil.example"})
    assert cross.status_code == 403
    same = client.post(f"/api/s/{SID}/whatif", json={},
                       headers={"Origin": "http://127.0.0.1:8000"})
    assert same.status_code == 200
    assert client.get("/", headers={"Host": "localhost:8000"}).status_code == 200


def test_other_methods_are_refused(client):
    assert client.put(f"/api/s/{SID}/save", json={}).status_code == 405
    assert client.delete(f"/api/s/{SID}/yaml").status_code == 405


def test_a_handler_that_raises_shows_no_traceback(app):
    def boom(request) -> Response:
        raise RuntimeError("secret detail from /home/user/internal.py")

    app.router.routes.insert(0, Route("/boom", boom))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        response = c.get("/boom")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error (RuntimeError); see the server's log"}
    assert "Traceback" not in response.text and "secret detail" not in response.text


def test_save_needs_an_explicit_new_path(client, flagship_path, tmp_path):
    text = flagship_path.read_text(encoding="utf-8")
    before = flagship_path.stat().st_mtime_ns

    def save(**body):
        return client.post(f"/api/s/{SID}/save", json={"text": text, **body})

    assert save().status_code == 400  # no path: refused
    assert save(path="").json()["field"] == "path"
    assert "absolute" in save(path="relative.yaml").json()["error"]
    original = save(path=str(flagship_path), overwrite=True)
    assert original.status_code == 400 and "another name" in original.json()["error"]
    dotted = save(path=str(flagship_path.parent / "x" / ".." / flagship_path.name))
    assert dotted.status_code == 400
    assert "a .yaml or .yml" in save(path=str(tmp_path / "evil.sh")).json()["error"]
    assert "no such folder" in save(path=str(tmp_path / "no" / "x.yaml")).json()["error"]
    assert flagship_path.stat().st_mtime_ns == before

    target = tmp_path / "copy.yaml"
    target.write_text("keep me", encoding="utf-8")
    refused = save(path=str(target))
    assert refused.status_code == 400 and "exists" in refused.json()["error"]
    assert target.read_text(encoding="utf-8") == "keep me"
    assert save(path=str(target), overwrite=True).status_code == 200
    assert target.read_text(encoding="utf-8") == text


def test_an_invalid_scenario_is_never_saved(client, tmp_path):
    target = tmp_path / "bad.yaml"
    response = client.post(f"/api/s/{SID}/save",
                           json={"text": "name: x\nissues: 3\n", "path": str(target)})
    assert response.status_code == 400
    assert response.json()["file"] == "bad.yaml" and response.json()["line"] == 2
    assert not target.exists()


def test_serve_refuses_missing_paths_in_one_line(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "accord.cli", "serve", str(tmp_path / "no")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"accord: {tmp_path / 'no'}: no such file or folder"]
