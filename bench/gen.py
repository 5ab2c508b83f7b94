#!/usr/bin/env python3
"""Synthetic SEND co-production charters for the Charterkit bench.

Standard library only. Writes, for N areas, the same pages three ways:

  --charterkit ROOT  a Charterkit project root: ROOT/charters/area-001/charter.md (+ pages/*.md);
                     content/ and themes/ are copied from the repository by bench/run, not here
  --hugo SITE        a Hugo site: config.toml, a minimal layout of our own, one Markdown file per page
  --jbake SITE       a JBake 2.7 site: jbake.properties, a FreeMarker page template, content files with
                     JBake's key=value header closed by ~~~~~~

For Hugo and JBake each area gets the pages Charterkit makes of it, as plain Markdown: its home page, the
full charter (front matter facts, partners and signatories written out), one page per cornerstone (the
commitments, with the framework's description and indicators), the spectrum, the levels, the 2 extra
pages and an accessibility statement; and the site gets a hub page listing the areas.

Everything is deterministic: area N always gets the same words, so runs are comparable.
The cornerstones (names, ids, descriptions, indicators), the centre and the lead-in are read from the
framework file (content/frameworks/four-cornerstones.yml), so the charters stay valid if its wording changes;
the spectrum and the levels are the fixed five and three of the Four Cornerstones.
"""
import argparse
import datetime
import functools
import os
import random
import re
import sys

FRAMEWORK_ID = "four-cornerstones"

# Used only when the framework file cannot be read.
FALLBACK_CORNERSTONES = ["Welcome and Care", "Value and Include", "Communicate", "Work in Partnership"]
FALLBACK_CENTRE = "Trust"
SPECTRUM = ["Information", "Consultation", "Engagement", "Co-design", "Co-production"]
LEVELS = ["Strategic Level", "Service Level", "Individual Level"]

SPECTRUM_TEXT = {
    "Information": "is where people are told about decisions that have already been made, clearly and in good time",
    "Consultation": "is where people are asked for their views on proposals, and told what difference their views made",
    "Engagement": "is where people take part in discussions early enough to influence the shape of a decision",
    "Co-design": "is where people help to design a service or plan, although the final decision rests elsewhere",
    "Co-production": "is where everyone works together as equal partners, sharing power and responsibility "
                     "from the start to the end of the work",
}
LEVELS_TEXT = {
    "Strategic Level": "Policy (rules), Strategy (how) and Service Design (what)",
    "Service Level": "How a service is run day to day, its information, its processes and how it is reviewed",
    "Individual Level": "Decisions about one child or young person, made with them and their family",
}

# Word pools for commitments: verb + object + qualifier, picked without repeats inside a cornerstone.
VERBS = ["make sure", "agree", "plan", "review", "share", "check", "explain", "record", "support",
         "respect", "celebrate", "welcome", "listen to", "follow up", "prepare"]
OBJECTS = ["the purpose of every meeting", "who needs to be involved", "papers and information",
           "the views of children and young people", "the experience of parent carers",
           "what will happen next", "the time and place of each activity", "the outcomes we agreed",
           "each partner's role", "the support people need to take part", "the decisions we make",
           "feedback from families", "the language we use", "the costs of taking part",
           "our progress against this charter", "the strengths of every partner"]
QUALIFIERS = ["at the earliest opportunity", "in plain English", "with kindness and respect",
              "in an accessible format", "before decisions are made", "together with families",
              "openly and honestly", "at every stage", "in good time", "so that every voice is heard",
              "and act on what we hear", "as equal partners"]

SENTENCES = [
    "Participation involves children, young people and their families, education, health and care "
    "services, decision makers and partner organisations working together.",
    "We are committed to the principles of effective participation, guiding the design, development "
    "and experience of services.",
    "This is underpinned by the Children and Families Act 2014 and the SEND Code of Practice 2015.",
    "Everyone who takes part brings knowledge and experience that matters.",
    "We will look back at this charter together each year and change it when it no longer fits.",
    "Families told us that being listened to early makes the biggest difference.",
    "Young people asked for meetings at times that do not clash with school or college.",
    "The charter belongs to everyone who signed it, and to every family it serves.",
    "We measure how well we are doing by asking the people who took part.",
    "Where we get things wrong, we will say so and put them right together.",
    "Information about local services is published in the Local Offer.",
    "Partners share the cost of making participation possible, including travel and childcare.",
]

PLACE_START = ["Ash", "Brook", "Cold", "Dun", "East", "Fair", "Green", "High", "King", "Long",
               "Mill", "North", "Oak", "Red", "South", "Stone", "West", "White", "Wood", "Lea"]
PLACE_END = ["bury", "field", "ford", "ham", "ley", "mere", "minster", "ton", "wick", "worth",
             "dale", "stead", "borough", "by", "caster"]
FIRST = ["Alex", "Sam", "Priya", "Jordan", "Amira", "Tom", "Chloe", "Daniel", "Grace", "Imran",
         "Hannah", "Oliver", "Ruth", "Kwame", "Sophie", "Yusuf", "Megan", "Liam", "Ada", "Niamh"]
LAST = ["Miles", "Craven", "Patel", "Okafor", "Hughes", "Walsh", "Begum", "Price", "Evans", "Shah",
        "Turner", "Lamb", "Ng", "Murphy", "Clarke", "Ahmed", "Reid", "Kowalski", "Fraser", "Doyle"]

EXTRA_PAGES = [("our-journey", "Our co-production journey"), ("meeting-notes", "How our meetings work")]


class Framework:
    """What the bench needs from a framework file: names, ids, descriptions and indicators."""

    def __init__(self, data=None):
        data = data if isinstance(data, dict) else {}
        self.name = str(data.get("name") or "Four Cornerstones of co-production")
        self.lead_in = str(data.get("lead-in") or "We will:")
        centre = data.get("centre")
        self.centre = str(centre.get("name")) if isinstance(centre, dict) and centre.get("name") else None
        self.cornerstones = []
        for c in data.get("cornerstones") or []:
            if isinstance(c, dict) and c.get("name"):
                self.cornerstones.append({
                    "id": str(c.get("id") or slugify(c["name"])),
                    "name": str(c["name"]),
                    "description": str(c.get("description") or ""),
                    "indicators": [str(i) for i in (c.get("indicators") or [])],
                })
        if not self.cornerstones:
            self.centre = FALLBACK_CENTRE
            self.cornerstones = [{"id": slugify(n), "name": n, "description": "", "indicators": []}
                                 for n in FALLBACK_CORNERSTONES]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_framework(path):
    """Reads a framework file with a small reader for the YAML it uses (Python has no YAML parser)."""
    if not path:
        return Framework()
    try:
        with open(path, encoding="utf-8") as f:
            return Framework(MiniYaml(f.read()).parse())
    except (OSError, ValueError, IndexError) as e:
        print("gen.py: cannot read %s (%s); using the built-in names" % (path, e), file=sys.stderr)
        return Framework()


class MiniYaml:
    """Block mappings, block lists, `>-`/`|` scalars, `[a, b]` flow lists and quoted or plain scalars:
    enough for content/frameworks/*.yml, not a general YAML parser."""

    def __init__(self, text):
        self.lines = []
        for raw in text.splitlines():
            stripped = raw.strip()
            if stripped and not stripped.startswith("#"):
                self.lines.append((len(raw) - len(raw.lstrip(" ")), raw.strip()))
            elif not stripped:
                self.lines.append((None, ""))  # blank lines matter only inside block scalars
        self.i = 0

    def parse(self):
        return self.block(0)

    def peek(self):
        while self.i < len(self.lines) and self.lines[self.i][0] is None:
            self.i += 1
        return self.lines[self.i] if self.i < len(self.lines) else (None, None)

    def block(self, indent):
        ind, text = self.peek()
        if ind is None or ind < indent:
            return None
        if text.startswith("- ") or text == "-":
            return self.seq(ind)
        return self.mapping(ind)

    def seq(self, indent):
        out = []
        while True:
            ind, text = self.peek()
            if ind != indent or not (text.startswith("- ") or text == "-"):
                return out
            rest = text[1:].strip()
            if not rest:
                self.i += 1
                out.append(self.block(indent + 1))
            elif re.match(r"^[A-Za-z0-9_-]+:(\s|$)", rest):
                # "- key: value": a mapping whose keys sit two columns in
                self.lines[self.i] = (indent + 2, rest)
                out.append(self.mapping(indent + 2))
            else:
                self.i += 1
                out.append(self.scalar(rest))

    def mapping(self, indent):
        out = {}
        while True:
            ind, text = self.peek()
            if ind != indent or text.startswith("- "):
                return out
            m = re.match(r"^([^:#]+?):(?:\s+(.*))?$", text)
            if not m:
                raise ValueError("line %d: cannot read %r" % (self.i + 1, text))
            key, value = m.group(1).strip(), (m.group(2) or "").strip()
            self.i += 1
            if value in (">", ">-", "|", "|-"):
                out[key] = self.block_scalar(indent, folded=value.startswith(">"))
            elif value == "" or value.startswith("#"):
                nxt_ind, nxt = self.peek()
                if nxt_ind is not None and (nxt_ind > indent or (nxt_ind == indent and nxt.startswith("- "))):
                    out[key] = self.block(nxt_ind)
                else:
                    out[key] = None
            else:
                out[key] = self.scalar(value)

    def block_scalar(self, indent, folded):
        parts = []
        while self.i < len(self.lines):
            ind, text = self.lines[self.i]
            if ind is not None and ind <= indent:
                break
            parts.append(text)
            self.i += 1
        while parts and not parts[-1]:
            parts.pop()
        return (" " if folded else "\n").join(parts)

    def scalar(self, value):
        if value.startswith("["):
            inner = value[1:value.rindex("]")]
            return [self.scalar(v.strip()) for v in re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[^,]+', inner)]
        if value.startswith('"'):
            return re.match(r'"((?:[^"\\]|\\.)*)"', value).group(1).replace('\\"', '"').replace("\\\\", "\\")
        if value.startswith("'"):
            return re.match(r"'((?:[^']|'')*)'", value).group(1).replace("''", "'")
        return value.split(" #", 1)[0].strip()


class Area:
    """All the facts and words of one synthetic area."""

    def __init__(self, n, framework):
        self.n = n
        self.fw = framework
        self.slug = "area-%03d" % n
        rng = random.Random("area-%d" % n)
        self.name = "%s%s %03d" % (rng.choice(PLACE_START), rng.choice(PLACE_END), n)
        self.title = "Working Together Charter for %s SEND" % self.name
        self.version = "%d.%d" % (1 + n % 3, n % 2)
        adopted = datetime.date(2019, 1, 1) + datetime.timedelta(days=(n * 37) % 1400)
        self.adopted = adopted.isoformat()
        self.review_by = (adopted + datetime.timedelta(days=730)).isoformat()
        self.summary = ("How children and young people with SEND, their families, the council and health "
                        "services in %s have agreed to work together as partners." % self.name)
        self.partners = [
            ("council", "%s Council" % self.name, "%sC" % self.name[0], "local-authority"),
            ("icb", "%s Integrated Care Board" % self.name, "ICB", "health"),
            ("pcf", "%s Parent Carer Forum" % self.name, "PCF", "parent-carer-forum"),
            ("ypf", "%s Youth Voice (Young People's Forum for SEND)" % self.name, None, "young-people-forum"),
        ]
        roles = ["Director of Children's Services", "Chief Nursing Officer", "Chair", "Youth Voice member"]
        self.signatories = []
        for i, (pid, _, _, _) in enumerate(self.partners):
            person = "%s %s" % (FIRST[(n * 7 + i * 3) % len(FIRST)], LAST[(n * 11 + i * 5) % len(LAST)])
            self.signatories.append((person, pid, roles[i], pid in ("pcf", "ypf")))
        self.recognition = ("%s and %s recognise %s and %s as the strategic partners for children, "
                            "young people and family voice" % (self.partners[0][1], self.partners[1][1],
                                                               self.partners[2][1], self.partners[3][1]))
        self.contact_name = self.partners[2][1]
        self.contact_email = "charter@%s.example.org" % self.slug
        # 6 or 7 commitments a cornerstone: verb + object + qualifier, never twice in one cornerstone
        self.cornerstones = []
        for ci, c in enumerate(framework.cornerstones):
            crng = random.Random("area-%d-cornerstone-%d" % (n, ci))
            count = 6 + (n + ci) % 2
            combos = crng.sample(range(len(VERBS) * len(OBJECTS) * len(QUALIFIERS)), count)
            items = []
            for combo in combos:
                v, rest = divmod(combo, len(OBJECTS) * len(QUALIFIERS))
                o, q = divmod(rest, len(QUALIFIERS))
                items.append("%s %s %s" % (VERBS[v], OBJECTS[o], QUALIFIERS[q]))
            assert len(set(items)) == len(items)
            self.cornerstones.append((c, items))
        self.centre = framework.centre

    def para(self, rng, k):
        return " ".join(rng.sample(SENTENCES, k))

    def sections(self):
        """The charter body as (heading, markdown) pairs, the same for all three tools."""
        rng = random.Random("area-%d-text" % self.n)
        out = [("Working Together in Participation", self.para(rng, 3) + "\n\n" + self.para(rng, 2))]
        for c, items in self.cornerstones:
            out.append((c["name"], self.fw.lead_in + "\n\n" + "\n".join("- " + i for i in items)))
        if self.centre:
            out.append((self.centre, "Developing and nurturing each of these commitments to build **%s**"
                        % self.centre.upper()))
        out.append(("Spectrum of Participation", self.spectrum_md()))
        out.append(("Levels of Involvement", self.levels_md()))
        out.append(("Working Together Agreement \u2013 Our Commitment", self.para(rng, 2)))
        return out

    @staticmethod
    def spectrum_md(level=3):
        return "\n\n".join("%s %s\n\n%s" % ("#" * level, s, SPECTRUM_TEXT[s]) for s in SPECTRUM)

    @staticmethod
    def levels_md(level=3):
        return "\n\n".join("%s %s\n\n%s" % ("#" * level, s, LEVELS_TEXT[s]) for s in LEVELS)

    def intro(self):
        rng = random.Random("area-%d-intro" % self.n)
        return "This charter sets out how we work together in %s. %s" % (self.name, self.para(rng, 1))

    def extra_page_body(self, slug):
        rng = random.Random("area-%d-%s" % (self.n, slug))
        parts = ["%s\n" % " ".join(rng.sample(SENTENCES, 3))]
        for year in range(2019, 2023):
            parts.append("## %d\n\n%s\n" % (year, " ".join(rng.sample(SENTENCES, 2))))
        parts.append("- " + "\n- ".join(rng.sample(SENTENCES, 4)) + "\n")
        return "\n".join(parts)

    # ---- Charterkit -------------------------------------------------------------------------
    def charter_md(self):
        fm = ["---",
              "title: %s" % self.title,
              "area: %s" % self.name,
              'version: "%s"' % self.version,
              "status: adopted",
              "adopted: %s" % self.adopted,
              "review-by: %s" % self.review_by,
              "framework: %s" % FRAMEWORK_ID,
              "language: en-GB",
              "summary: >-",
              "  " + self.summary,
              "recognition: >-",
              "  " + self.recognition,
              "partners:"]
        for pid, name, short, kind in self.partners:
            fm.append("  - id: %s" % pid)
            fm.append('    name: "%s"' % name)
            if short:
                fm.append("    short: %s" % short)
            fm.append("    kind: %s" % kind)
        fm.append("signatories:")
        for person, pid, role, on_behalf in self.signatories:
            fm.append("  - name: %s" % person)
            fm.append("    partner: %s" % pid)
            fm.append('    role: "%s"' % role)
            if on_behalf:
                fm.append("    on-behalf: true")
        fm += ["contact:",
               '  name: "%s"' % self.contact_name,
               "  email: %s" % self.contact_email]
        fm.append("---")
        body = [self.intro()]
        for heading, text in self.sections():
            body.append("## %s\n\n%s" % (heading, text))
        return "\n".join(fm) + "\n\n" + "\n\n".join(body) + "\n"

    def extra_page_charterkit(self, index, slug, title):
        if index == 0:  # YAML front matter
            return "---\ntitle: %s\n---\n%s" % (title, self.extra_page_body(slug))
        # JBake's header, which the charter format accepts for pages brought from a JBake site
        return "title=%s\n~~~~~~\n%s" % (title, self.extra_page_body(slug))

    # ---- the pages Charterkit makes of an area, as plain Markdown (Hugo, JBake) ---------------
    def facts_md(self):
        return ("**Version %s**, adopted %s, to be reviewed by %s. Framework: %s."
                % (self.version, self.adopted, self.review_by, self.fw.name))

    def pages(self, link, same=False):
        """(key, title, markdown) for each page of the area: "" is its home page, then charter,
        cornerstones/<id>, spectrum, levels, the 2 extra pages and accessibility. link(key) gives a
        page's address. With same=True, also the three pages Charterkit adds: the self-evaluation form
        (its body is left to the tool's template: see form_html), the list of versions and the current
        version's own page."""
        out = []
        home = [self.summary, self.facts_md(), "[Read the full charter](%s)" % link("charter"),
                "## The charter at a glance"]
        home.append("\n".join("- [%s](%s): %d commitments" % (c["name"], link("cornerstones/" + c["id"]), len(i))
                              for c, i in self.cornerstones))
        if self.centre:
            home.append("Each cornerstone helps to build %s." % self.centre)
        home.append("## More about this charter")
        home.append("\n".join(["- [Spectrum of participation](%s)" % link("spectrum"),
                               "- [Levels of involvement](%s)" % link("levels")]
                              + ["- [%s](%s)" % (t, link(k)) for k, t in EXTRA_PAGES]
                              + ["- [Accessibility statement](%s)" % link("accessibility")]))
        out.append(("", self.name, "\n\n".join(home) + "\n"))

        charter = [self.facts_md(), self.intro()]
        for heading, text in self.sections():
            charter.append("## %s\n\n%s" % (heading, text))
        partners = "\n".join("- %s%s (%s)" % (name, " (%s)" % short if short else "", kind)
                             for _, name, short, kind in self.partners)
        charter.append("## Partners\n\n" + partners)
        names = {pid: name for pid, name, _, _ in self.partners}
        signed = "\n".join("- %s, %s, %s%s" % (person, role, names[pid], " (on behalf)" if ob else "")
                           for person, pid, role, ob in self.signatories)
        charter.append("## Signed by\n\n%s\n\n%s" % (self.recognition, signed))
        out.append(("charter", self.title, "\n\n".join(charter) + "\n"))

        for c, items in self.cornerstones:
            page = [c["description"] or "One cornerstone of the %s." % self.fw.name,
                    "## What %s promises" % self.name,
                    self.fw.lead_in + "\n\n" + "\n".join("- " + i for i in items)]
            if c["indicators"]:
                page.append("## What it looks like\n\nWhen %s is working well:\n\n%s"
                            % (c["name"], "\n".join("- " + i for i in c["indicators"])))
            page.append("[Back to the charter](%s)" % link("charter"))
            out.append(("cornerstones/" + c["id"], c["name"], "\n\n".join(page) + "\n"))

        out.append(("spectrum", "Spectrum of participation",
                    "How much children, young people and families share in the decisions, from being told "
                    "about them to making them together. From the least shared to the most shared:\n\n"
                    + self.spectrum_md(2) + "\n"))
        out.append(("levels", "Levels of involvement",
                    "Where decisions are made: for the whole area, for one service, or for one child and "
                    "their family.\n\n" + self.levels_md(2) + "\n"))
        for key, title in EXTRA_PAGES:
            out.append((key, title, self.extra_page_body(key)))
        out.append(("accessibility", "Accessibility statement", self.accessibility_md()))
        if same:
            out.append(("self-evaluation", "Self-evaluation", ""))
            out.append(("versions", "Versions of the charter",
                        "Every version of the charter, newest first.\n\n- [Version %s](%s), adopted %s: the "
                        "current version\n" % (self.version, link("v/" + self.version), self.adopted_text())))
            charter = dict((k, (t, b)) for k, t, b in out)["charter"]
            out.append(("v/" + self.version, "Version %s" % self.version, charter[1]))
        return out

    def adopted_text(self):
        d = datetime.date.fromisoformat(self.adopted)
        return "%d %s %d" % (d.day, d.strftime("%B"), d.year)

    def commitment_id(self, cornerstone_id, text):
        """A commitment's address in the page, as Charterkit makes it: the cornerstone and the first words."""
        return cornerstone_id + "-" + "-".join(slugify(re.sub("['\u2019]", "", text)).split("-")[:6])

    def nav(self):
        """The area's menu, in Charterkit's order: (key, label); "" is the area's home page."""
        return ([("", "Overview"), ("charter", "The full charter")]
                + [("cornerstones/" + c["id"], c["name"]) for c, _ in self.cornerstones]
                + [("spectrum", "Spectrum of participation"), ("levels", "Levels of involvement")]
                + [(k, t) for k, t in sorted(EXTRA_PAGES, key=lambda e: e[1])]
                + [("self-evaluation", "Self-evaluation"), ("versions", "Versions of the charter"),
                   ("accessibility", "Accessibility statement")])

    def accessibility_md(self):
        partners = ", ".join(name for _, name, _, _ in self.partners)
        return "\n\n".join([
            "This statement is about the pages of %s's co-production charter on this website. We want as many "
            "people as possible to be able to use these pages. You should be able to:" % self.name,
            "- make the text up to twice as big without it being cut off\n- read every page on a phone screen "
            "320 pixels wide\n- move around every page using only a keyboard\n- listen to every page with a "
            "screen reader\n- print any page as a clean A4 document",
            "## How accessible these pages are",
            "These pages are partially compliant with the Web Content Accessibility Guidelines (WCAG) version "
            "2.2, level AA.",
            "## Getting the charter in another format",
            "Please contact %s: <%s>. The partners who signed it are %s."
            % (self.contact_name, self.contact_email, partners),
            "## Enforcement procedure",
            "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector "
            "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.",
        ]) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def hub_markdown(areas, link):
    return ("Synthetic SEND co-production charters for %d local areas.\n\n## Areas\n\n" % len(areas)
            + "\n".join("- [%s](%s): %s Version %s, adopted %s, review by %s."
                        % (a.name, link(a), a.summary, a.version, a.adopted, a.review_by) for a in areas) + "\n")


def gen_charterkit(root, areas):
    for a in areas:
        d = os.path.join(root, "charters", a.slug)
        write(os.path.join(d, "charter.md"), a.charter_md())
        for i, (slug, title) in enumerate(EXTRA_PAGES):
            write(os.path.join(d, "pages", slug + ".md"), a.extra_page_charterkit(i, slug, title))


HUGO_CONFIG = """baseURL = "http://localhost/"
languageCode = "en-gb"
title = "Charterkit bench (Hugo)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_BASEOF = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main>
</body></html>
"""
HUGO_MAIN = """{{ define "main" }}{{ .Content }}{{ end }}
"""


# The parts of Charterkit's pages that hold no facts of the page, the same in both tools' templates.
PAGE_META = """  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'">
  <meta name="referrer" content="no-referrer">
"""
SEARCH_FIELDS = """        <label for="site-search-q">Search the charters and guides</label>
        <span class="site-search__row">
          <input type="search" id="site-search-q" name="q" autocomplete="off" spellcheck="false">
          <button type="submit">Search</button>
        </span>
"""
SEARCH_RESULTS = """  <div class="search-results wrap">
    <p class="search-results__status" id="site-search-status" role="status" aria-live="polite" data-searching="Searching…" data-failed="The search could not load. Press Search to see every page from A to Z." data-none="No results for “{query}”." data-none-partial="No results for “{query}” so far; still searching the other areas." data-one="1 result for “{query}”." data-one-partial="1 result for “{query}” so far; still searching the other areas." data-many="{count} results for “{query}”." data-many-partial="{count} results for “{query}” so far; still searching the other areas." data-best="{count} results for “{query}”, the best {shown} shown." data-best-partial="{count} results for “{query}”, the best {shown} shown so far; still searching the other areas."></p>
    <div id="site-search-results" hidden></div>
  </div>
"""
# A commitment's two text areas on the self-evaluation form; @ID@ stands for the commitment's id in each tool's
# template language.
EVIDENCE_AND_NEXT = """          <div class="evaluate-text">
            <label class="govuk-label" for="@ID@--evidence">What shows it (evidence)</label>
            <textarea class="govuk-textarea" rows="2" id="@ID@--evidence" name="@ID@--evidence"></textarea>
          </div>
          <div class="evaluate-text">
            <label class="govuk-label" for="@ID@--next">What we will do next</label>
            <textarea class="govuk-textarea" rows="2" id="@ID@--next" name="@ID@--next"></textarea>
          </div>
"""


# ---- Hugo, the same pages: Charterkit's page parts, written as a Hugo user would ---------------------------------
# The same head, header, search results area, breadcrumbs, area menu, rights note and footer as Charterkit's
# pages, and the self-evaluation form made by the template from the area's commitments (data in the area's front
# matter, as a Hugo site keeps it). The header and footer are made once per area with partialCached, as
# Charterkit makes them once per area; links are made relative to the page (relativeURLs), as Charterkit's are.
HUGO_SAME_CONFIG = """baseURL = "http://localhost/"
languageCode = "en-gb"
title = "Co-production charters"
relativeURLs = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_SAME_BASEOF = """<!DOCTYPE html>
<html lang="en-GB">
{{- $inArea := not .IsHome }}{{ $area := .FirstSection }}
<head>
""" + PAGE_META + """  <title>{{ .Title }}{{ if $inArea }} – {{ $area.Title }}{{ end }} – {{ .Site.Title }}</title>
  {{ if $inArea }}<meta name="description" content="{{ $area.Params.summary }}">{{ end }}
  <meta name="generator" content="Hugo">
  <link rel="stylesheet" href="{{ "assets/charterkit.css" | relURL }}">
  <script src="{{ "assets/search.js" | relURL }}" defer></script>
  {{ if eq .Layout "self-evaluation" }}<script src="{{ "assets/self-evaluation.js" | relURL }}" defer></script>{{ end }}
  {{ if $inArea }}<link rel="alternate" type="application/atom+xml" href="{{ printf "%sfeed.xml" $area.RelPermalink }}"
        title="New versions of {{ $area.Title }}’s charter">{{ end }}
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  {{ partialCached "header.html" . $area.RelPermalink }}
  <nav class="breadcrumbs wrap" aria-label="Breadcrumb">
    <ol>
      {{- if $inArea }}
      <li>
        <a href="{{ "/" | relURL }}">All charters</a>
      </li>
      {{- if ne .RelPermalink $area.RelPermalink }}
      <li>
        <a href="{{ $area.RelPermalink }}">{{ $area.Title }}</a>
      </li>
      {{- end }}
      {{- if .Params.crumb_charter }}
      <li>
        <a href="{{ printf "%scharter/" $area.RelPermalink }}">{{ $area.Params.charter_title }}</a>
      </li>
      {{- end }}
      {{- end }}
      <li>
        <span aria-current="page">{{ .Title }}</span>
      </li>
    </ol>
  </nav>
  <div class="wrap page{{ if $inArea }} page--area{{ end }}">
    <main id="main" tabindex="-1">
  <h1>{{ .Title }}</h1>
  {{ block "main" . }}{{ end }}
</main>
    {{- if $inArea }}
    <nav class="area-nav" aria-labelledby="area-nav-title">
      <h2 id="area-nav-title" class="area-nav__title">Pages about {{ $area.Title }}’s charter</h2>
      <ul>
        <li>
          <a href="{{ $area.RelPermalink }}"{{ if eq $area.RelPermalink $.RelPermalink }} aria-current="page"{{ end }}>Overview</a>
        </li>
        {{- range $area.RegularPages.ByWeight }}{{ if .Params.nav }}
        <li>
          <a href="{{ .RelPermalink }}"{{ if eq .RelPermalink $.RelPermalink }} aria-current="page"{{ end }}>{{ .Params.nav }}</a>
        </li>
        {{- end }}{{ end }}
      </ul>
      <p class="area-nav__help">A charter is a set of promises, not the law. It does not change your rights.
  <a href="{{ "knowledge/if-things-go-wrong/" | relURL }}">If things go wrong: where to get help</a></p>
    </nav>
    {{- else }}
    <aside class="rights-note">
      <p>A charter is a set of promises, not the law. It does not change your rights.
  <a href="{{ "knowledge/if-things-go-wrong/" | relURL }}">If things go wrong: where to get help</a></p>
    </aside>
    {{- end }}
  </div>
  {{ partialCached "footer.html" . $area.RelPermalink }}
</body>
</html>
"""
HUGO_SAME_HEADER = """{{ $inArea := not .IsHome }}{{ $area := .FirstSection }}<header class="site-header">
    <div class="wrap">
      <a class="site-name" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
      {{ if $inArea }}<p class="site-area">{{ $area.Title }}</p>{{ end }}
      <form class="site-search" role="search" action="{{ "a-z/" | relURL }}" method="get">
""" + SEARCH_FIELDS + """      </form>
    </div>
  </header>
""" + SEARCH_RESULTS + """"""
HUGO_SAME_FOOTER = """{{ $inArea := not .IsHome }}{{ $area := .FirstSection }}<footer class="site-footer">
    <div class="wrap">
      {{- if $inArea }}
      <p>
        <span>{{ $area.Params.charter_title }}</span>, version <span>{{ $area.Params.version }}</span>, adopted <time datetime="{{ $area.Params.adopted }}">{{ $area.Params.adopted_text }}</time>.
      </p>
      <p>Last changed: <time datetime="{{ $area.Params.adopted }}">{{ $area.Params.adopted_text }}</time> (version {{ $area.Params.version }}).</p>
      <p><a href="{{ printf "%saccessibility/" $area.RelPermalink }}">Accessibility statement</a></p>
      {{- end }}
      <p><a href="{{ "/" | relURL }}">All co-production charters</a>. <a href="{{ "knowledge/" | relURL }}">About co-production</a>. <a href="{{ "glossary/" | relURL }}">Glossary</a>. Made with Hugo.</p>
    </div>
  </footer>
"""
# The form, as Charterkit's self-evaluation page has it (GOV.UK Design System radios and text areas), made from
# the area's cornerstones and commitments.
HUGO_SAME_EVALUATION = """{{ define "main" }}{{ $area := .FirstSection }}
  <p class="lead">Check where your school, setting, team or service stands on each commitment of the {{ $area.Params.charter_title }} (version {{ $area.Params.version }}): what shows it, and what you will do next.</p>
  <div class="evaluate-privacy">
    <p>Your answers stay on this computer. Nothing is sent anywhere: this browser keeps them, and you can save them to a file of your own, load that file again, and print a record.</p>
    <p class="evaluate-noscript">To fill it in on paper, print this page: it prints as a blank form with the same questions.</p>
  </div>
  <div class="govuk-error-summary" id="evaluate-error-summary" tabindex="-1" hidden
       aria-labelledby="evaluate-error-summary-title" role="alert">
    <h2 class="govuk-error-summary__title" id="evaluate-error-summary-title">There is a problem</h2>
    <ul class="govuk-error-summary__list"></ul>
  </div>
  <form id="self-evaluation" class="evaluate-form" novalidate action="#" method="get" data-area="{{ $area.Section }}" data-charter-version="{{ $area.Params.version }}" data-framework="four-cornerstones" data-schema="{{ "schema/self-evaluation.schema.json" | relURL }}" data-msg-saved="Your answers are saved to the file {0}." data-msg-loaded="Your answers are loaded from the file {0}." data-msg-restored="Your answers from your last visit are back. They are kept in this browser only." data-msg-cleared="All answers are cleared from this page and this browser." data-msg-bad-file="The file {0} is not a saved self-evaluation: choose a file saved from this page" data-msg-other-area="The file {0} is a self-evaluation for another area’s charter: choose one saved from this page" data-msg-other-version="The file was made against version {0} of the charter; its answers are loaded where the commitments are the same." data-msg-setting-missing="Enter the name of your school, setting or service" data-msg-date-missing="Enter the date of the evaluation" data-msg-date-invalid="The date of the evaluation must be a real date, for example 6 10 2025" data-msg-unknown="{0} answers in the file are for commitments this version does not have, and were left out.">
    <div class="evaluate-about">
      <div class="govuk-form-group" id="evaluate-setting-group">
        <label class="govuk-label" for="evaluate-setting">Name of your school, setting or service</label>
        <p class="govuk-error-message" id="evaluate-setting-error" hidden></p>
        <input class="govuk-input" id="evaluate-setting" name="setting" type="text" autocomplete="organization" spellcheck="false">
      </div>
      <div class="govuk-form-group" id="evaluate-date-group">
        <fieldset class="govuk-fieldset" aria-describedby="evaluate-date-hint">
          <legend class="govuk-fieldset__legend evaluate-date__legend">Date of the evaluation</legend>
          <p class="govuk-hint" id="evaluate-date-hint">The day you checked, for example 6 10 2025</p>
          <p class="govuk-error-message" id="evaluate-date-error" hidden></p>
          <div class="govuk-date-input" id="evaluate-date">
            <div class="govuk-date-input__item">
              <label class="govuk-label govuk-date-input__label" for="evaluate-date-day">Day</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="evaluate-date-day" name="date-day" type="text" inputmode="numeric" autocomplete="off" spellcheck="false">
            </div>
            <div class="govuk-date-input__item">
              <label class="govuk-label govuk-date-input__label" for="evaluate-date-month">Month</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="evaluate-date-month" name="date-month" type="text" inputmode="numeric" autocomplete="off" spellcheck="false">
            </div>
            <div class="govuk-date-input__item">
              <label class="govuk-label govuk-date-input__label" for="evaluate-date-year">Year</label>
              <input class="govuk-input govuk-date-input__input govuk-input--width-4" id="evaluate-date-year" name="date-year" type="text" inputmode="numeric" autocomplete="off" spellcheck="false">
            </div>
          </div>
        </fieldset>
      </div>
    </div>
    {{- range $area.Params.cornerstones }}

    <section class="evaluate-cornerstone">
      <h2 id="evaluate-{{ .id }}">{{ .name }}</h2>
      <div class="evaluate-prompts">
        <h3>What {{ .name }} looks like when it is working</h3>
        <ul>
          {{- range .indicators }}
          <li>{{ . }}</li>
          {{- end }}
        </ul>
      </div>
      <div class="lead-in"><p>We will:</p></div>
      {{- range .commitments }}{{ $c := .id }}
      <div class="govuk-form-group evaluate-commitment" id="evaluate-{{ $c }}">
        <fieldset class="govuk-fieldset" aria-describedby="evaluate-{{ $c }}-error">
          <legend class="govuk-fieldset__legend">{{ .text }}</legend>
          <p class="govuk-error-message" id="evaluate-{{ $c }}-error" hidden></p>
          <div class="govuk-radios" data-commitment="{{ $c }}">
            {{- range $.Site.Params.stages }}
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" type="radio" id="{{ $c }}--{{ .value }}" name="{{ $c }}" value="{{ .value }}">
              <label class="govuk-label govuk-radios__label" for="{{ $c }}--{{ .value }}">{{ .label }}</label>
            </div>
            {{- end }}
          </div>
""" + EVIDENCE_AND_NEXT.replace("@ID@", "{{ $c }}") + """        </fieldset>
      </div>
      {{- end }}
    </section>
    {{- end }}

    <div class="evaluate-actions" id="evaluate-actions" hidden>
      <h2>Keep your answers</h2>
      <p>This browser keeps your answers as you go, on this computer only. Save them to a file to keep them safe or to share them, and load the file here again later.</p>
      <button type="button" class="button" id="evaluate-save">Save to a file</button>
      <div class="govuk-form-group">
        <label class="govuk-label" for="evaluate-load">Load a saved file</label>
        <p class="govuk-error-message" id="evaluate-load-error" hidden></p>
        <input class="govuk-file-upload" id="evaluate-load" type="file" accept=".json,application/json">
      </div>
      <button type="button" class="button" id="evaluate-print">Print a record</button>
      <button type="button" class="button button--secondary" id="evaluate-clear">Clear all answers</button>
      <p class="evaluate-status" id="evaluate-status" role="status" aria-live="polite"></p>
    </div>
  </form>
  <p class="evaluate-after">To publish an evaluation on this site, send the saved file to the people who look after the charter. They add it to the charter’s evaluations, and it then counts on the “How we are doing” page.</p>
{{ end }}
"""
STAGES = [("not-yet", "Not yet"), ("starting", "Starting"), ("doing-it", "Doing it"), ("embedded", "Embedded")]


def gen_hugo_same(site, areas):
    """Charterkit's page set and page parts (see HUGO_SAME_BASEOF), at Charterkit's addresses."""
    write(os.path.join(site, "config.toml"), HUGO_SAME_CONFIG + "\n[params]\n" + "".join(
        "[[params.stages]]\nvalue = %s\nlabel = %s\n" % (yaml_str(v), yaml_str(l)) for v, l in STAGES))
    layouts = os.path.join(site, "layouts")
    write(os.path.join(layouts, "_default", "baseof.html"), HUGO_SAME_BASEOF)
    write(os.path.join(layouts, "_default", "single.html"), HUGO_MAIN)
    write(os.path.join(layouts, "_default", "list.html"), HUGO_MAIN)
    write(os.path.join(layouts, "_default", "self-evaluation.html"), HUGO_SAME_EVALUATION)
    write(os.path.join(layouts, "partials", "header.html"), HUGO_SAME_HEADER)
    write(os.path.join(layouts, "partials", "footer.html"), HUGO_SAME_FOOTER)
    write(os.path.join(site, "content", "_index.md"),
          "---\ntitle: Co-production charters\n---\n" + hub_markdown(areas, lambda a: "/%s/" % a.slug))
    for a in areas:
        d = os.path.join(site, "content", a.slug)
        order = {key: i for i, (key, _) in enumerate(a.nav())}
        labels = dict(a.nav())
        for key, title, body in a.pages(lambda k, a=a: "/%s/%s/" % (a.slug, k), same=True):
            fm = ["title: %s" % yaml_str(title), "date: %s" % a.adopted]
            if key == "":
                fm += ["charter_title: %s" % yaml_str(a.title), "version: %s" % yaml_str(a.version),
                       "adopted: %s" % yaml_str(a.adopted), "adopted_text: %s" % yaml_str(a.adopted_text()),
                       "summary: %s" % yaml_str(a.summary), "cornerstones:"]
                for c, items in a.cornerstones:
                    fm += ["  - id: %s" % c["id"], "    name: %s" % yaml_str(c["name"]), "    indicators:"]
                    fm += ["      - %s" % yaml_str(i) for i in c["indicators"]]
                    fm.append("    commitments:")
                    for item in items:
                        fm += ["      - id: %s" % a.commitment_id(c["id"], item), "        text: %s" % yaml_str(item)]
                path = os.path.join(d, "_index.md")
            else:
                if key in labels:
                    fm += ["nav: %s" % yaml_str(labels[key]), "weight: %d" % order[key]]
                if key.startswith("cornerstones/") or key.startswith("v/"):
                    fm.append("crumb_charter: true")
                if key == "self-evaluation":
                    fm.append("layout: self-evaluation")
                path = os.path.join(d, key + ".md")
            write(path, "---\n%s\n---\n%s" % ("\n".join(fm), body))


def yaml_str(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def gen_hugo(site, areas):
    """One Markdown file per page, at the addresses Charterkit uses: /area-001/, /area-001/charter/ …"""
    write(os.path.join(site, "config.toml"), HUGO_CONFIG)
    write(os.path.join(site, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(site, "layouts", "_default", "single.html"), HUGO_MAIN)
    write(os.path.join(site, "layouts", "_default", "list.html"), HUGO_MAIN)
    write(os.path.join(site, "content", "_index.md"),
          "---\ntitle: Co-production charters\n---\n" + hub_markdown(areas, lambda a: "/%s/" % a.slug))
    for a in areas:
        d = os.path.join(site, "content", a.slug)
        for key, title, body in a.pages(lambda k, a=a: "/%s/%s/" % (a.slug, k)):
            path = os.path.join(d, "_index.md") if key == "" else os.path.join(d, key + ".md")
            write(path, "---\ntitle: %s\ndate: %s\n---\n%s" % (yaml_str(title), a.adopted, body))


JBAKE_PROPERTIES = """# Only pages are rendered: no index, feed, archive, tags or sitemap.
site.host=http://localhost
render.index=false
render.feed=false
render.archive=false
render.tags=false
render.tagsindex=false
render.sitemap=false
render.error404=false
db.store=memory
template.page.file=page.ftl
markdown.extensions=AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,TABLES
"""
JBAKE_PAGE_FTL = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${(content.title)!""} | Charterkit bench (JBake)</title></head>
<body><header><a href="${content.rootpath!""}index.html">Charterkit bench (JBake)</a></header>
<main><h1>${(content.title)!""}</h1>
${(content.body)!""}
</main>
</body></html>
"""


# ---- JBake, the same pages: the page parts of HUGO_SAME_BASEOF in FreeMarker ------------------------------------
# JBake gives a template the page's own header fields: the area's facts, its menu (address~label^…) and, for the
# self-evaluation page, its cornerstones and commitments ride in each page's header, and the templates make the
# same head, header, breadcrumbs, menu, footer and form as the Hugo site's.
JBAKE_SAME_PROPERTIES = JBAKE_PROPERTIES + "template.evaluation.file=evaluation.ftl\n"
JBAKE_SAME_LAYOUT = """<#macro page>
<#assign root = content.rootpath!"">
<#assign inArea = content.area_slug??>
<!DOCTYPE html>
<html lang="en-GB">
<head>
""" + PAGE_META + """  <title>${content.title}<#if inArea> – ${content.area_name}</#if> – Co-production charters</title>
  <#if inArea><meta name="description" content="${content.area_summary}"></#if>
  <meta name="generator" content="JBake">
  <link rel="stylesheet" href="${root}assets/charterkit.css">
  <script src="${root}assets/search.js" defer></script>
  <#if (content.type!"") == "evaluation"><script src="${root}assets/self-evaluation.js" defer></script></#if>
  <#if inArea><link rel="alternate" type="application/atom+xml" href="${root}${content.area_slug}/feed.xml"
        title="New versions of ${content.area_name}’s charter"></#if>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <div class="wrap">
      <a class="site-name" href="${root}index.html">Co-production charters</a>
      <#if inArea><p class="site-area">${content.area_name}</p></#if>
      <form class="site-search" role="search" action="${root}a-z/index.html" method="get">
""" + SEARCH_FIELDS + """      </form>
    </div>
  </header>
""" + SEARCH_RESULTS + """  <nav class="breadcrumbs wrap" aria-label="Breadcrumb">
    <ol>
      <#if inArea>
      <li>
        <a href="${root}index.html">All charters</a>
      </li>
      <#if content.crumb_area??>
      <li>
        <a href="${root}${content.area_slug}/index.html">${content.area_name}</a>
      </li>
      </#if>
      <#if content.crumb_charter??>
      <li>
        <a href="${root}${content.area_slug}/charter.html">${content.charter_title}</a>
      </li>
      </#if>
      </#if>
      <li>
        <span aria-current="page">${content.title}</span>
      </li>
    </ol>
  </nav>
  <div class="wrap page<#if inArea> page--area</#if>">
    <main id="main" tabindex="-1">
  <h1>${content.title}</h1>
  <#nested>
</main>
    <#if inArea>
    <nav class="area-nav" aria-labelledby="area-nav-title">
      <h2 id="area-nav-title" class="area-nav__title">Pages about ${content.area_name}’s charter</h2>
      <ul>
        <#list content.nav?split("^") as item><#assign link = item?split("~")>
        <li>
          <a href="${root}${link[0]}"<#if link[0] == content.uri> aria-current="page"</#if>>${link[1]}</a>
        </li>
        </#list>
      </ul>
      <p class="area-nav__help">A charter is a set of promises, not the law. It does not change your rights.
  <a href="${root}knowledge/if-things-go-wrong/index.html">If things go wrong: where to get help</a></p>
    </nav>
    <#else>
    <aside class="rights-note">
      <p>A charter is a set of promises, not the law. It does not change your rights.
  <a href="${root}knowledge/if-things-go-wrong/index.html">If things go wrong: where to get help</a></p>
    </aside>
    </#if>
  </div>
  <footer class="site-footer">
    <div class="wrap">
      <#if inArea>
      <p>
        <span>${content.charter_title}</span>, version <span>${content.version}</span>, adopted <time datetime="${content.adopted}">${content.adopted_text}</time>.
      </p>
      <p>Last changed: <time datetime="${content.adopted}">${content.adopted_text}</time> (version ${content.version}).</p>
      <p><a href="${root}${content.area_slug}/accessibility.html">Accessibility statement</a></p>
      </#if>
      <p><a href="${root}index.html">All co-production charters</a>. <a href="${root}knowledge/index.html">About co-production</a>. <a href="${root}glossary/index.html">Glossary</a>. Made with JBake.</p>
    </div>
  </footer>
</body>
</html>
</#macro>
"""
JBAKE_SAME_PAGE = """<#import "layout.ftl" as layout><@layout.page>${content.body}</@layout.page>
"""
JBAKE_SAME_EVALUATION = ("""<#import "layout.ftl" as layout><@layout.page>
<#assign stages = [""" + ", ".join('["%s", "%s"]' % st for st in STAGES) + """]>
""" + HUGO_SAME_EVALUATION.split("{{ define \"main\" }}{{ $area := .FirstSection }}", 1)[1]
    .split("    {{- range $area.Params.cornerstones }}", 1)[0]
    .replace("{{ $area.Params.charter_title }}", "${content.charter_title}")
    .replace("{{ $area.Params.version }}", "${content.version}")
    .replace("{{ $area.Section }}", "${content.area_slug}")
    .replace('{{ "schema/self-evaluation.schema.json" | relURL }}', "${content.rootpath!}schema/self-evaluation.schema.json")
    + """    <#list 1..content.cornerstones?number as i><#assign cornerstone = content["cornerstone_" + i]?split("~")>

    <section class="evaluate-cornerstone">
      <h2 id="evaluate-${cornerstone[0]}">${cornerstone[1]}</h2>
      <div class="evaluate-prompts">
        <h3>What ${cornerstone[1]} looks like when it is working</h3>
        <ul>
          <#list content["indicators_" + i]?split("^") as indicator>
          <li>${indicator}</li>
          </#list>
        </ul>
      </div>
      <div class="lead-in"><p>We will:</p></div>
      <#list content["commitments_" + i]?split("^") as commitment><#assign c = commitment?split("~")[0]>
      <div class="govuk-form-group evaluate-commitment" id="evaluate-${c}">
        <fieldset class="govuk-fieldset" aria-describedby="evaluate-${c}-error">
          <legend class="govuk-fieldset__legend">${commitment?split("~")[1]}</legend>
          <p class="govuk-error-message" id="evaluate-${c}-error" hidden></p>
          <div class="govuk-radios" data-commitment="${c}">
            <#list stages as stage>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" type="radio" id="${c}--${stage[0]}" name="${c}" value="${stage[0]}">
              <label class="govuk-label govuk-radios__label" for="${c}--${stage[0]}">${stage[1]}</label>
            </div>
            </#list>
          </div>
""" + EVIDENCE_AND_NEXT.replace("@ID@", "${c}") + """        </fieldset>
      </div>
      </#list>
    </section>
    </#list>
""" + HUGO_SAME_EVALUATION.split("    {{- end }}\n\n    <div class=\"evaluate-actions\"", 1)[1].join(
        ["    <div class=\"evaluate-actions\"", ""]).replace("{{ end }}\n", "</@layout.page>\n"))


def gen_jbake_same(site, areas):
    """Charterkit's page set, with the page parts of JBAKE_SAME_LAYOUT."""
    write(os.path.join(site, "jbake.properties"), JBAKE_SAME_PROPERTIES)
    write(os.path.join(site, "templates", "layout.ftl"), JBAKE_SAME_LAYOUT)
    write(os.path.join(site, "templates", "page.ftl"), JBAKE_SAME_PAGE)
    write(os.path.join(site, "templates", "evaluation.ftl"), JBAKE_SAME_EVALUATION)
    jbake_hub(site, areas)
    for a in areas:
        d = os.path.join(site, "content", a.slug)

        link = functools.partial(jbake_link, a.slug)
        nav = "^".join("%s/%s.html~%s" % (a.slug, key or "index", label) for key, label in a.nav())
        facts = {"area_slug": a.slug, "area_name": a.name, "area_summary": a.summary, "charter_title": a.title,
                 "version": a.version, "adopted": a.adopted, "adopted_text": a.adopted_text(), "nav": nav}
        for key, title, body in a.pages(link, same=True):
            fields = dict(facts)
            if key:
                fields["crumb_area"] = "true"
            if key.startswith("cornerstones/") or key.startswith("v/"):
                fields["crumb_charter"] = "true"
            kind = "page"
            if key == "self-evaluation":
                kind = "evaluation"
                fields["cornerstones"] = str(len(a.cornerstones))
                for i, (c, items) in enumerate(a.cornerstones, 1):
                    fields["cornerstone_%d" % i] = "%s~%s" % (c["id"], c["name"])
                    fields["indicators_%d" % i] = "^".join(c["indicators"])
                    fields["commitments_%d" % i] = "^".join("%s~%s" % (a.commitment_id(c["id"], item), item)
                                                            for item in items)
            header = "".join("%s=%s\n" % kv for kv in fields.items())
            write(os.path.join(d, (key or "index") + ".md"),
                  "title=%s\ndate=%s\ntype=%s\nstatus=published\n%s~~~~~~\n\n%s"
                  % (title, a.adopted, kind, header, body))


def jbake_file(title, date, body):
    return "title=%s\ndate=%s\ntype=page\nstatus=published\n~~~~~~\n\n%s" % (title, date, body)


def jbake_hub(site, areas):
    """The hub page, and the assets folder JBake expects."""
    os.makedirs(os.path.join(site, "assets"), exist_ok=True)
    write(os.path.join(site, "content", "index.md"),
          jbake_file("Co-production charters", "2024-01-01",
                     hub_markdown(areas, lambda a: "%s/index.html" % a.slug)))


def jbake_link(slug, key):
    """A page's address from the site's root, as JBake writes it: /area-001/charter.html, /area-001/index.html"""
    return "/%s/%s.html" % (slug, key or "index")


def gen_jbake(site, areas):
    """The same pages with JBake's header; JBake writes area-001/index.html, area-001/charter.html …"""
    write(os.path.join(site, "jbake.properties"), JBAKE_PROPERTIES)
    write(os.path.join(site, "templates", "page.ftl"), JBAKE_PAGE_FTL)
    jbake_hub(site, areas)
    for a in areas:
        d = os.path.join(site, "content", a.slug)

        link = functools.partial(jbake_link, a.slug)
        for key, title, body in a.pages(link):
            write(os.path.join(d, (key or "index") + ".md"), jbake_file(title, a.adopted, body))


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--areas", type=int, default=153)
    p.add_argument("--framework", help="path to four-cornerstones.yml (its cornerstones, centre and lead-in)")
    p.add_argument("--charterkit", metavar="ROOT")
    p.add_argument("--hugo", metavar="SITE")
    p.add_argument("--jbake", metavar="SITE")
    p.add_argument("--pages-per-area", action="store_true",
                   help="print how many pages Hugo and JBake get per area, and exit")
    p.add_argument("--thin", action="store_true",
                   help="give Hugo and JBake the bench's first, thin pages (the 11 Markdown pages of each area"
                        " in a minimal layout) instead of Charterkit's page set and page parts")
    args = p.parse_args(argv)
    if args.areas < 1:
        p.error("--areas must be at least 1")
    framework = read_framework(args.framework)
    if args.pages_per_area:
        print(len(Area(1, framework).pages(lambda k: k, same=not args.thin)))
        return
    areas = [Area(n, framework) for n in range(1, args.areas + 1)]
    if args.charterkit:
        gen_charterkit(args.charterkit, areas)
    if args.hugo:
        if args.thin:
            gen_hugo(args.hugo, areas)
        else:
            gen_hugo_same(args.hugo, areas)
    if args.jbake:
        if args.thin:
            gen_jbake(args.jbake, areas)
        else:
            gen_jbake_same(args.jbake, areas)
    print("generated %d areas (cornerstones: %s; centre: %s)"
          % (len(areas), ", ".join(c["name"] for c in framework.cornerstones), framework.centre or "none"),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
