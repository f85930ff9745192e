"""The fetcher's address policy and limits, against a local stand-in for news sites (tests/fake_web.py) and fake
name lookups: the probe shapes that got past the old check, deadlines that hold against a dripping server, bombs,
redirects, and messages that do not tell an open port from a closed one. Never the network."""

from __future__ import annotations

import ipaddress
import socket
import time
from urllib.parse import quote

import pytest

from conflictmap.errors import FetchError
from conflictmap.web import fetch as fetcher
from conflictmap.web.fetch import Budget, check_address, fetch, is_public, parse_target
from fake_web import FakeWeb


@pytest.fixture(scope="module")
def web():
    with FakeWeb() as server:
        yield server


def _port(web) -> int:
    return int(web.url.rsplit(":", 1)[1])


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # (free once closed: nothing listens there)


def _own_address() -> str:
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.1.1"


def _probes(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}\\@1.1.1.1/../story.html",  # the HTTP library ended the host at the backslash
        f"http://[::1]:{port}/story.html", f"http://localhost:{port}/story.html",
        f"http://{_own_address()}:{port}/story.html",
        f"http://[::127.0.0.1]:{port}/", f"http://[64:ff9b::7f00:1]:{port}/", f"http://[2002:7f00:1::]:{port}/",
        f"http://[::ffff:127.0.0.1]:{port}/", f"http://0x7f000001:{port}/", f"http://2130706433:{port}/",
        f"http://127.1:{port}/", f"http://evil@127.0.0.1:{port}/", f"http://1.1.1.1@127.0.0.1:{port}/",
        f"http://127.0.0.1:{port}/\x00", f"http://127.0.0.1:{port}/ story", "http://169.254.169.254/latest/",
        "http://[fe80::1%25eth0]/", "http://0.0.0.0/", "http://[::]/",
    ]


def test_every_probe_shape_is_refused_by_the_dashboards_policy_and_nothing_reaches_the_server(web):
    before = len(web.log)
    for url in _probes(_port(web)):
        with pytest.raises(FetchError) as err:
            fetch(url, allow_private=False)
        assert "\n" not in str(err.value), url
    assert len(web.log) == before  # not one request reached the machine's own server


def test_the_cli_policy_still_reaches_this_machine_but_never_through_a_second_parser(web):
    assert fetch(f"{web.url}/story.html").body.startswith(b"<html>")  # (the CLI may fetch from its own network)
    with pytest.raises(FetchError, match="backslash"):
        fetch(f"http://127.0.0.1:{_port(web)}\\@1.1.1.1/../story.html")
    with pytest.raises(FetchError, match="user name or password"):
        fetch(f"http://user:token@127.0.0.1:{_port(web)}/story.html")


@pytest.mark.parametrize("address, public", [
    ("1.1.1.1", True), ("2606:4700:4700::1111", True), ("8.8.8.8", True),
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("100.64.0.1", False), ("169.254.169.254", False), ("0.0.0.0", False), ("255.255.255.255", False),
    ("224.0.0.1", False), ("::1", False), ("::", False), ("fe80::1", False), ("fc00::1", False),
    ("::127.0.0.1", False), ("::8.8.8.8", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("64:ff9b::7f00:1", False), ("64:ff9b::a00:1", False), ("2002:7f00:1::", False), ("2002:a00:1::1", False),
    ("2001:db8::1", False), ("ff02::1", False),
])
def test_a_public_address_is_global_unicast_with_any_ipv4_inside_public_too(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


def test_every_address_a_name_resolves_to_is_checked():
    def resolve(host, port, type=0):
        return [(socket.AF_INET, 1, 6, "", ("1.1.1.1", port)), (socket.AF_INET6, 1, 6, "", ("::1", port, 0, 0))]

    with pytest.raises(FetchError, match="only public web addresses"):
        check_address("http://mixed.example/", resolve)


def test_the_name_is_resolved_once_and_the_connection_goes_to_the_checked_address_with_the_names_host_header(web):
    calls = []

    def resolve(host, port, type=0):  # a rebinding server would answer differently the second time
        calls.append(host)
        return [(socket.AF_INET, 1, 6, "", ("127.0.0.1", port))] if len(calls) == 1 else \
            [(socket.AF_INET, 1, 6, "", ("10.9.9.9", port))]

    page = fetch(f"http://news.example:{_port(web)}/story.html", resolve=resolve)
    assert calls == ["news.example"] and page.body.startswith(b"<html>")
    assert web.hosts[-1] == f"news.example:{_port(web)}"


def test_every_redirect_hop_goes_through_the_policy(web, monkeypatch):
    monkeypatch.setattr(fetcher, "is_public", lambda ip: str(ip) == "127.0.0.1")  # (127.0.0.1 plays the web)
    names = {"news.example": "127.0.0.1", "intranet.example": "127.0.0.2"}

    def resolve(host, port, type=0):
        return [(socket.AF_INET, 1, 6, "", (names[host], port))]

    port = _port(web)
    ok = fetch(f"http://news.example:{port}/go?to=/story.html", allow_private=False, resolve=resolve)
    assert ok.url == f"http://news.example:{port}/story.html"
    before = len(web.log)
    for to in (f"http://intranet.example:{port}/story.html", f"http://127.0.0.1:{port}\\@x/",
               "file:///etc/passwd"):
        with pytest.raises(FetchError):
            fetch(f"http://news.example:{port}/go?to={quote(to, safe='')}", allow_private=False, resolve=resolve)
    assert len(web.log) == before + 3  # only the redirecting pages were asked, never where they pointed


def test_refusals_and_failures_read_the_same_so_the_dashboard_is_no_port_scanner(web):
    messages = set()
    for port in (_port(web), _closed_port()):
        for host in ("127.0.0.1", "localhost"):
            url = f"http://{host}:{port}/story.html"
            with pytest.raises(FetchError) as err:
                fetch(url, allow_private=False)
            messages.add(str(err.value).replace(url, "URL"))

    def nowhere(host, port, type=0):
        raise socket.gaierror("Name or service not known")

    with pytest.raises(FetchError) as err:
        fetch("http://nowhere.example/", allow_private=False, resolve=nowhere)
    messages.add(str(err.value).replace("http://nowhere.example/", "URL"))
    assert len(messages) == 1, messages


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_the_time_budget_holds_for_the_whole_answer_against_a_server_that_drips(web, path):
    began = time.monotonic()
    with pytest.raises(FetchError, match="time-out"):
        fetch(f"{web.url}{path}", timeout=1.0)
    assert time.monotonic() - began < 4.0  # (a byte every 0.2 s would have taken 20 s; the budget is 1 s)


def test_a_compressed_page_is_read_and_a_compression_bomb_is_cut_at_the_size_cap(web):
    assert b"Rebels seized Hama" in fetch(f"{web.url}/gzip-story.html").body
    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch(f"{web.url}/gzip-bomb")


def test_a_runs_budget_of_bytes_holds_across_fetches(web):
    budget = Budget(10_000)
    fetch(f"{web.url}/story.html", budget=budget)
    fetch(f"{web.url}/story.html", budget=budget)
    with pytest.raises(FetchError, match="CONFLICTMAP_FETCH_MAX_MB"):
        for _ in range(20):
            fetch(f"{web.url}/story.html", budget=budget)


@pytest.mark.slow
def test_a_slow_server_times_out(web):
    with pytest.raises(FetchError, match="time-out"):
        fetch(f"{web.url}/slow.html", timeout=1.0)


def test_redirects_are_followed_up_to_five(web):
    assert fetch(f"{web.url}/redirect/5").url.endswith("/story.html")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{web.url}/redirect/6")


def test_only_http_addresses():
    for url in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "example.org/story", "http:///x"):
        with pytest.raises(FetchError, match="not an http|names no host"):
            fetch(url)


def test_a_target_is_split_once_with_the_idna_host_and_default_ports():
    t = parse_target("https://bücher.example/a b".replace(" ", "%20") + "?q=1#frag")
    assert (t.scheme, t.host, t.port, t.path) == ("https", "xn--bcher-kva.example", 443, "/a%20b?q=1")
    assert parse_target("HTTP://Example.org:8080").port == 8080 and parse_target("http://e.org").path == "/"
    with pytest.raises(FetchError, match="port"):
        parse_target("http://e.org:99999/")
