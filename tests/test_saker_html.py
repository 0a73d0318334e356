"""Safe HTML: Markdown from a secretary is rendered and sanitised; no script,
event handler, javascript: URL, iframe, form or style survives, in the HTML
or when the page runs in chromium."""

from __future__ import annotations

import shutil

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LITEN, klockslag, kopiera_projekt, kor, server
from generator.webb.filter import markdown

# Kinds from OWASP's XSS Filter Evasion Cheat Sheet.
NYTTOLASTER = [
    "<script>alert('xss1')</script>",
    "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
    "<IMG SRC=\"javascript:alert('xss3');\">",
    "<IMG SRC=javascript:alert('xss4')>",
    "<IMG SRC=JaVaScRiPt:alert('xss5')>",
    "<IMG SRC=`javascript:alert('xss6')`>",
    "<a onmouseover=\"alert('xss7')\">xxs link</a>",
    "<IMG \"\"\"><SCRIPT>alert('xss8')</SCRIPT>\"\\>",
    "<IMG SRC=# onmouseover=\"alert('xss9')\">",
    "<IMG SRC=/ onerror=\"alert('xss10')\"></img>",
    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=\"jav\tascript:alert('xss13');\">",
    "<IMG SRC=\" &#14;  javascript:alert('xss14');\">",
    "<SCRIPT/XSS SRC=\"http://xss.example/xss.js\"></SCRIPT>",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert('xss16')>",
    "<<SCRIPT>alert('xss17');//\\<</SCRIPT>",
    "<IFRAME SRC=\"javascript:alert('xss18');\"></IFRAME>",
    "<iframe src=https://xss.example/></iframe>",
    "<svg/onload=alert('xss20')>",
    "<svg><script>alert('xss21')</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss22')>",
    "<form action=\"https://xss.example/\"><input name=q><button>Skicka</button></form>",
    "<STYLE>li {list-style-image: url(\"javascript:alert('xss24')\");}</STYLE><UL><LI>XSS</br>",
    "<DIV STYLE=\"background-image: url(javascript:alert('xss25'))\">",
    "<DIV STYLE=\"width: expression(alert('xss26'));\">",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('xss27');\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
    "[klicka här](javascript:alert('xss30'))",
    "[klicka](JAVASCRIPT:alert('xss31'))",
    "![bild](javascript:alert('xss32'))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzMzMnKTwvc2NyaXB0Pg==)",
    "<a href=\"vbscript:msgbox('xss34')\">vb</a>",
    "<details open ontoggle=alert('xss35')>",
    "<video><source onerror=\"alert('xss36')\"></video>",
    "<base href=\"javascript:alert('xss37')//\">",
    "<link rel=stylesheet href=\"https://xss.example/x.css\">",
    "<a href=\"&#x6A;avascript:alert('xss39')\">entity</a>",
    "<img src=\"x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onclick=\"alert('xss40')\">",
]

FORBJUDNA_TAGGAR = {"script", "iframe", "form", "input", "button", "style", "object", "embed", "svg", "math",
                    "meta", "link", "base", "img", "video", "source", "details", "body"}


def kontrollera(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for tagg in soup.find_all(True):
        assert tagg.name not in FORBJUDNA_TAGGAR, tagg
        for namn, varde in tagg.attrs.items():
            assert not namn.lower().startswith("on"), tagg
            assert namn.lower() != "style", tagg
            if namn.lower() in ("href", "src", "action", "data"):
                rent = "".join(str(varde).split()).lower()
                assert rent.startswith(("http:", "https:", "mailto:", "tel:", "#", "/")) or ":" not in rent, tagg


def test_minst_trettio_nyttolaster():
    assert len(NYTTOLASTER) >= 30


@pytest.mark.parametrize("last", NYTTOLASTER)
def test_markdownfiltret_tar_bort_allt_farligt(last):
    kontrollera(str(markdown(f"Beslut: {last} slut.")))


def test_vanlig_markdown_finns_kvar():
    html = str(markdown("**Fet** och *kursiv*, [länk](https://exempel.se) och\n\n- en\n- lista"))
    assert "<strong>Fet</strong>" in html and "<em>kursiv</em>" in html
    assert 'href="https://exempel.se"' in html and "<li>en</li>" in html


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory):
    """The fixture project with every payload in a beslut, an anslag text and a styrdokument description."""
    projekt = kopiera_projekt(LITEN, tmp_path_factory.mktemp("xss") / "projekt")
    fil = projekt / "content/socialnamnden/2025-03-26/protokoll.yml"
    data = yaml.safe_load(fil.read_text())
    for i, last in enumerate(NYTTOLASTER):
        data["paragrafer"].append({"nr": 100 + i, "rubrik": f"Rubrik {last}", "beslut": last, "ärendebeskrivning": last})
    del data["omfattar"]  # the payload §§ lie outside the fixture's series
    fil.write_text(yaml.safe_dump(data, allow_unicode=True))
    anslag = projekt / "content/anslag/granskning-detaljplan.yml"
    a = yaml.safe_load(anslag.read_text())
    a["text"] = "\n\n".join(NYTTOLASTER)
    anslag.write_text(yaml.safe_dump(a, allow_unicode=True))
    ut = projekt / "site"
    r = kor("bygg", "--datum", "2025-04-10", cwd=projekt)
    assert r.returncode == 0, r.stderr
    return ut


def test_inga_nyttolaster_i_den_byggda_html(xss_site):
    for sida_ in ("socialnamnden/2025-03-26/index.html", "anslagstavla/index.html", "index.html"):
        html = (xss_site / sida_).read_text()
        soup = BeautifulSoup(html, "html.parser")
        for del_ in soup.select(".nd-text, .nd-paragraf h3, .nd-anslag"):
            kontrollera(str(del_))
        # Payload §§ were rendered: their titles are there, escaped as text.
        assert len(soup.select(".nd-paragraf")) >= len(NYTTOLASTER) or sida_ != "socialnamnden/2025-03-26/index.html"


def test_inga_nyttolaster_kor_i_chromium(xss_site, webblasare):
    with server(xss_site) as bas:
        for sida_ in ("socialnamnden/2025-03-26/", "anslagstavla/", ""):
            kontext = webblasare.new_context(klocka=klockslag("2025-04-10"))
            s = kontext.new_page()
            dialoger, fel = [], []
            s.on("dialog", lambda d: (dialoger.append(d.message), d.dismiss()))
            s.on("pageerror", lambda e: fel.append(str(e)))
            s.on("console", lambda m: fel.append(m.text) if m.type == "error" else None)
            s.on("request", lambda r: fel.append("begäran till " + r.url) if "xss.example" in r.url else None)
            s.goto(bas + sida_)
            s.mouse.move(200, 300)
            for a in s.locator("article a").all()[:80]:
                a.hover(timeout=30_000)
            s.wait_for_timeout(300)
            assert dialoger == [], sida_
            assert [f for f in fel if "xss" in f.lower() or "begäran" in f] == [], fel
            kontext.close()
