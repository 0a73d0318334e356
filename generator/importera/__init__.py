"""Import: PDFs of protokoll and kallelser to draft YAML, and templates. Never used by a build.

- `text`: a PDF's (or text file's) lines and pages, page headers, hyphenation, the fate of every line;
- `fraser`: the phrasings of kommuner as data, a table of patterns per field, each with an example;
- `protokoll` (with `protokoll_sidor`, `protokoll_paragraf`, `protokoll_huvud`, `protokoll_data`,
  `protokoll_ord`) and `kallelse`: the interpretation, as tables of handlers;
- `kommando`: `namndsajt importera FIL` (the law, personnummer); `mapp`: `namndsajt importera MAPP`;
  `rapport`: the report;
- `utkast`, `utkastyaml`: the draft and its commented YAML; `mallar`: `namndsajt ny`;
- `fel`: the errors of both commands, in the hierarchy of `generator.fel`.
"""
