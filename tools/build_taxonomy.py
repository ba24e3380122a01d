"""Build the shipped skills taxonomy from O*NET, ESCO and the curated layer.

    python tools/build_taxonomy.py [--data ../shared/data]

Reads (at build time only; the app never reads ../shared):
- O*NET `technology_skills.tsv`: technology names, their commodity title (-> category),
  Hot Technology and In Demand flags, and the occupations (SOC codes) listing them;
- ESCO `skills_en_label.txt`: preferred skill labels (broad vocabulary);
- `src/pivotprep/content/skills/curated.yaml`: the target roles' concepts, tools and
  soft skills, with aliases and guards for ambiguous names. Curated entries win.

Writes `src/pivotprep/content/skills/taxonomy.json`. O*NET is pruned to what appears in
tech and data jobs: a name is kept if O*NET flags it Hot Technology or In Demand, or it
is listed for a computer/mathematical occupation (SOC 15-) and for at least two
occupations; whole commodity families nobody screens a data/engineering resume for
(medical, CAD, point of sale, music ...) are dropped unless Hot. ESCO labels are kept
when short (one to three words, which is how job ads write skills) and specific (not a
lone generic word); they form the "other skills" vocabulary.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SKILLS_DIR = ROOT / "src" / "pivotprep" / "content" / "skills"

VENDORS = (
    "The MathWorks",
    "Red Hat",
    "Dassault Systemes",
    "Microsoft",
    "Apache",
    "Oracle",
    "Google",
    "Amazon",
    "IBM",
    "Adobe",
    "Atlassian",
    "Autodesk",
    "Apple",
    "Intuit",
    "ESRI",
    "Cisco",
    "Eclipse",
    "SAP",
    "Salesforce",
    "Hewlett Packard",
    "HP",
    "VMware",
    "Facebook",
    "Meta",
    "Elastic",
    "Hashicorp",
    "JetBrains",
    "Bentley",
    "Trimble",
)
DROP_COMMODITIES = {
    "Medical software",
    "Computer aided design CAD software",
    "Computer aided manufacturing CAM software",
    "Music or sound editing software",
    "Point of sale POS software",
    "Library software",
    "Tax preparation software",
    "Route navigation software",
    "Industrial control software",
    "Facilities management software",
    "Map creation software",
    "Time accounting software",
    "Human resources software",
    "Computer based training software",
    "Video creation and editing software",
    "Graphics or photo imaging software",
    "Desktop publishing software",
    "Accounting software",
    "Calendar and scheduling software",
    "Word processing software",
    "Electronic mail software",
    "Instant messaging software",
    "Video conferencing software",
    "Optical character reader OCR or scanning software",
    "Inventory management software",
    "Compliance software",
    "Materials requirements planning logistics and supply chain software",
    "Enterprise resource planning ERP software",
    "Financial analysis software",
    "Customer relationship management CRM software",
    "Geographic information system",
    "Internet directory services software",
    "Mobile location based services software",
}
FRAMEWORK_COMMODITIES = {
    "Object or component oriented development software",
    "Web platform development software",
}
CLOUD_WORDS = re.compile(r"\b(AWS|Amazon|Azure|Google Cloud|cloud)\b", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9/+#]{1,6}$")
# Single words that, left alone after stripping a vendor, are ordinary English.
COMMON = {
    "word",
    "access",
    "project",
    "teams",
    "outlook",
    "office",
    "windows",
    "sheets",
    "docs",
    "forms",
    "slides",
    "drive",
    "keep",
    "publisher",
    "dynamics",
    "analytics",
    "search",
    "maps",
    "photos",
    "cloud",
    "server",
    "explorer",
    "edge",
    "paint",
    "notepad",
    "works",
    "money",
    "live",
    "meet",
    "chat",
    "groups",
    "sites",
    "data",
    "studio",
    "bridge",
    "stream",
}
ESCO_GENERIC = {
    "design",
    "development",
    "maintenance",
    "management",
    "analysis",
    "research",
    "sales",
    "marketing",
    "planning",
    "teaching",
    "engineering",
    "business",
    "production",
    "software",
    # Everyday words that are an ESCO skill only in a narrow sense: as lone keywords they
    # turn "inventory planning" into "plan", "source data" into Source, "electronic
    # invoices" into electronics. Compared after normalisation (plurals, verb forms).
    "plan",
    "source",
    "less",
    "history",
    "migration",
    "energy",
    "logic",
    "electronics",
    "electricity",
    "consultation",
    "scratch",
    "unity",
    "salt",
    "absorb",
    "canvas",
    "rage",
    "dies",
    "hair",
    "sing",
    "swim",
    "ski",
    "improvise",
    "spelling",
    "grammar",
    "terminology",
    "protein",
    "wildlife",
    "crafting",
    "coining",
    "shiva",
}


def clean_onet_name(name: str) -> str:
    return re.sub(r"\s+software$", "", name).strip()


# Words naming the kind of product after a product's own name ("Hibernate ORM", "Teradata
# Database", "Sitecore CMS"): job ads write the name alone.
PRODUCT_KINDS = {"orm", "database", "cms", "ci"}


def spells_acronym(head: str, letters: str) -> bool:
    """Whether `letters` abbreviate `head`: its first letter is in the head's first word and
    every letter follows in order ("Extensible markup language" XML, "Common business
    oriented language" COBOL), so a product's unrelated suffix ("Hibernate ORM") is none."""
    text = head.upper()
    if not letters or letters[0] not in text.split()[0]:
        return False
    at = 0
    for letter in letters:
        at = text.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def product_name(base: str) -> str | None:
    """ "Hibernate" for "Hibernate ORM": a one-word, capitalised name before a product-kind
    word, when that name is no everyday word (ESCO's labels name products too, so their
    words are not checked)."""
    words = base.split()
    if len(words) != 2 or words[1].lower() not in PRODUCT_KINDS:
        return None
    name = words[0]
    if len(name) <= 2 or not name[0].isupper() or name.lower() in COMMON:
        return None
    return name


def onet_aliases(name: str, english: set[str]) -> tuple[str, list[str]]:
    """Canonical name and aliases for an O*NET example name."""
    base = clean_onet_name(name)
    aliases: list[str] = []
    words = base.split()
    canonical = base
    short = product_name(base)
    if short:
        aliases.append(short)
    # "Structured query language SQL": the trailing acronym is what job ads write. An
    # expansion that starts with an article ("A programming language APL") is a description,
    # never written as the name: as an alias it made every "a programming language" APL.
    if len(words) >= 2 and ACRONYM.match(words[-1]):
        head = " ".join(words[:-1])
        initials = "".join(w[0] for w in words[:-1] if w[0].isalpha()).upper()
        letters = re.sub(r"[^A-Z]", "", words[-1])
        bare = next((head[len(v) + 1 :] for v in VENDORS if head.startswith(v + " ")), head)
        described = words[0].lower() in ("a", "an", "the")
        if letters and letters in initials:
            if not described:
                aliases.append(head)
            aliases.append(words[-1])
            canonical = words[-1] if len(words) <= 4 else head
            if canonical == words[-1] and len(letters) < len(initials):
                canonical = head
        elif letters and (spells_acronym(head, letters) or spells_acronym(bare, letters)):
            # "XML", not "Extensible markup language XML"
            if not described:
                aliases.append(head)
            canonical = words[-1]
    for vendor in VENDORS:
        if base.startswith(vendor + " "):
            rest = base[len(vendor) + 1 :]
            if " " in rest or (rest.lower() not in COMMON and rest.lower() not in english):
                aliases.append(rest)
            break
    aliases = [a for a in dict.fromkeys(aliases) if a and a != canonical]
    return canonical, aliases


def load_onet(path: Path) -> dict[str, dict]:
    out: dict[str, dict] = defaultdict(
        lambda: {"socs": set(), "hot": False, "in_demand": False, "commodities": defaultdict(int)}
    )
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            item = out[row["Example"].strip()]
            item["socs"].add(row["O*NET-SOC Code"])
            item["hot"] |= row["Hot Technology"] == "Y"
            item["in_demand"] |= row["In Demand"] == "Y"
            item["commodities"][row["Commodity Title"]] += 1
    return out


def keep_onet(item: dict) -> bool:
    commodity = max(item["commodities"], key=item["commodities"].get)
    if item["hot"]:
        return True
    if commodity in DROP_COMMODITIES:
        return False
    tech = any(soc.startswith("15-") for soc in item["socs"])
    return item["in_demand"] or (tech and len(item["socs"]) >= 2)


def hot_or_specific(name: str, item: dict, english: set[str]) -> bool:
    """A product name an ATS can match safely, not a description or an English word."""
    if item["hot"]:
        return True
    base = clean_onet_name(name)
    words = base.split()
    if len(words) == 1:
        return len(base) > 2 and base.lower() not in english and base.lower() not in COMMON
    # "Records management", "Packet filter": descriptions, not products.
    return any(ch.isupper() or ch.isdigit() for w in words[1:] for ch in w)


def onet_category(name: str, commodity: str) -> str:
    if CLOUD_WORDS.search(name):
        return "cloud"
    if commodity in FRAMEWORK_COMMODITIES:
        return "framework"
    return "tool"


def load_esco(path: Path) -> list[str]:
    from pivotprep.resume.matching.normalize import phrase_key  # the app's own normalisation

    generic = {phrase_key(word) for word in ESCO_GENERIC}
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        label = re.sub(r"\s*\([^)]*\)", "", line).strip()
        if not label:
            continue
        words = label.split()
        if not 1 <= len(words) <= 3:
            continue
        if len(words) == 1 and (phrase_key(label) in generic or len(label) < 3):
            continue
        labels.append(label)
    return list(dict.fromkeys(labels))


def check_curated(curated: list[dict]) -> None:
    """A name written twice would let the later entry silently replace the earlier one."""
    names = [raw["name"] for raw in curated]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise SystemExit(f"curated names written twice: {twice}")


def build(data: Path) -> dict:
    curated = yaml.safe_load((SKILLS_DIR / "curated.yaml").read_text(encoding="utf-8"))["skills"]
    esco_path = data / "skill-extraction-benchmark" / "skills_en_label.txt"
    esco_labels = load_esco(esco_path)
    english = {w.lower() for label in esco_labels for w in label.split()}
    onet = load_onet(data / "onet" / "technology_skills.tsv")

    skills: dict[str, dict] = {}
    taken: dict[str, str] = {}  # lower-case name/alias -> canonical

    def claim(entry: dict) -> None:
        skills[entry["name"]] = entry
        for text in [entry["name"], *entry.get("aliases", [])]:
            taken.setdefault(text.lower(), entry["name"])

    check_curated(curated)
    absorbed: set[str] = set()
    for raw in curated:
        entry = {
            "name": raw["name"],
            "category": raw["category"],
            "aliases": list(raw.get("aliases") or []),
            "guarded": list(raw.get("guarded") or []),
            "related": list(raw.get("related") or []),
            "adjacent": list(raw.get("adjacent") or []),
            "sources": ["curated"],
            "hot": False,
            "in_demand": False,
        }
        for onet_name in raw.get("onet") or []:
            if onet_name not in onet:
                raise SystemExit(
                    f"curated {raw['name']!r} names unknown O*NET example {onet_name!r}"
                )
            absorbed.add(onet_name)
            entry["hot"] |= onet[onet_name]["hot"]
            entry["in_demand"] |= onet[onet_name]["in_demand"]
            entry["sources"] = ["curated", "onet"]
        # The guarded spelling of a name is not matched unguarded, and neither is a name
        # the curated entry says is only matched through its guards ("Analyse-it", whose
        # guard reads "Analyse it").
        guarded_texts = {g["text"] for g in entry["guarded"]}
        if entry["name"] in guarded_texts or raw.get("match_name") is False:
            entry["match_name"] = False
        claim(entry)

    # An ambiguous curated spelling (Spark, Go, R) must not come back unguarded via O*NET
    # or ESCO.
    guarded = {g["text"].lower() for raw in curated for g in raw.get("guarded") or []}
    kept = 0
    for name, item in sorted(onet.items()):
        if name in absorbed or not keep_onet(item):
            continue
        commodity = max(item["commodities"], key=item["commodities"].get)
        if not hot_or_specific(name, item, english):
            continue
        canonical, aliases = onet_aliases(name, english)
        # A curated guarded spelling ("SSO", "PCA") stays guarded: not an O*NET name.
        if canonical.lower() in taken or canonical.lower() in guarded:
            continue
        aliases = [a for a in aliases if a.lower() not in taken and a.lower() not in guarded]
        claim(
            {
                "name": canonical,
                "category": onet_category(name, commodity),
                "aliases": aliases,
                "guarded": [],
                "related": [],
                "sources": ["onet"],
                "hot": item["hot"],
                "in_demand": item["in_demand"],
                "commodity": commodity,
            }
        )
        kept += 1

    esco_kept = 0
    for label in esco_labels:
        if label.lower() in guarded:
            continue
        if label.lower() in taken:
            existing = skills[taken[label.lower()]]
            if "esco" not in existing["sources"]:
                existing["sources"].append("esco")
            continue
        claim(
            {
                "name": label,
                "category": "concept",
                "aliases": [],
                "guarded": [],
                "related": [],
                "sources": ["esco"],
                "hot": False,
                "in_demand": False,
            }
        )
        esco_kept += 1

    for entry in skills.values():
        unknown = [r for r in entry["related"] + entry.get("adjacent", []) if r not in skills]
        if unknown:
            raise SystemExit(f"{entry['name']!r} is related to unknown skills {unknown}")
    print(
        f"taxonomy: {len(skills)} skills ({len(curated)} curated, {kept} O*NET, "
        f"{esco_kept} ESCO-only)",
        file=sys.stderr,
    )
    return {
        "about": (
            "Built by tools/build_taxonomy.py from O*NET technology skills (USDOL/ETA, "
            "CC BY 4.0), ESCO skill labels (European Commission) and the curated layer "
            "curated.yaml. Do not edit by hand: edit curated.yaml and rebuild."
        ),
        "skills": sorted(skills.values(), key=lambda s: s["name"].lower()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    taxonomy = build(args.data)
    out = SKILLS_DIR / "taxonomy.json"
    out.write_text(json.dumps(taxonomy, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
