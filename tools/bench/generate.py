#!/usr/bin/python3
"""Writes a synthetic, deterministic records tree for benchmarking multilat.

Usage:
    generate.py N OUTDIR [--seed S] [--self-check]
    generate.py --self-check OUTDIR

The tree has N records of realistic shape (about 1.5 KB each on average): roughly 5%
organisations, 5% entities, 60% meetings under meetings/<year>/ and 30% prospects, plus
OUTDIR/multilat.yaml. Every reference resolves and every record is meant to pass
`multilat --records OUTDIR --today 2026-11-29 check` with no errors.

Generation uses the standard library only. --self-check re-reads the tree with PyYAML
(Debian's python3-yaml, so run this with /usr/bin/python3) and checks that every file
parses, that ids are unique across kinds and that references and the date rules hold.
"""

import datetime as dt
import os
import random
import re
import sys
import unicodedata

TODAY = dt.date(2026, 11, 29)
DEFAULT_SEED = 20261129

# --- word lists ------------------------------------------------------------------------------

ORG_TYPES = ["regional-intergovernmental", "un-system", "international-intergovernmental",
             "development-bank", "subregional-group", "network", "other"]
NC_STATUSES = ["member", "associate-member", "observer", "participant", "none"]
ENTITY_TYPES = ["government", "government-service", "congress", "province", "commune",
                "customary-senate", "public-body", "semi-public-body", "association",
                "state-service", "other"]
MEETING_TYPES = ["governing", "ministerial", "leaders", "technical", "conference", "workshop"]
STAGES = ["idea", "contacted", "exploring", "proposal", "negotiating", "signed", "declined",
          "dropped"]
OPEN_STAGES = STAGES[:5]
PRIORITIES = ["high", "medium", "low"]
INSTRUMENTS = ["mou", "agreement", "letter-of-intent", "programme", "grant", "other"]
CURRENCIES = ["XPF", "XPF", "XPF", "EUR", "USD", "AUD", "NZD", "FJD"]
CADENCES = ["yearly", "yearly", "twice-yearly", "every-2-years", "every-6-months", "irregular"]

ORG_WORDS = [("Pacific", "Pacifique"), ("Regional", "régional"), ("Ocean", "Océan"),
             ("Islands", "Îles"), ("Development", "Développement"), ("Fisheries", "Pêches"),
             ("Environment", "Environnement"), ("Health", "Santé"), ("Energy", "Énergie"),
             ("Tourism", "Tourisme"), ("Customs", "Douanes"), ("Climate", "Climat"),
             ("Education", "Éducation"), ("Maritime", "Maritime"), ("Statistics", "Statistique"),
             ("Aviation", "Aviation"), ("Agriculture", "Agriculture"), ("Culture", "Culture")]
ORG_FORMS = [("Organisation", "Organisation"), ("Community", "Communauté"),
             ("Commission", "Commission"), ("Agency", "Agence"), ("Forum", "Forum"),
             ("Programme", "Programme"), ("Network", "Réseau"), ("Council", "Conseil")]
CITIES = ["Nouméa, Nouvelle-Calédonie", "Suva, Fidji", "Apia, Samoa", "Port-Vila, Vanuatu",
          "Honiara, Îles Salomon", "Bangkok, Thaïlande", "Manille, Philippines",
          "Genève, Suisse", "Paris, France", "Papeete, Polynésie française", "Nuku'alofa, Tonga",
          "Honolulu, États-Unis", "Wellington, Nouvelle-Zélande", "Canberra, Australie"]
BODIES = [("council", "Conseil", "Council"), ("board", "Conseil d'administration", "Board"),
          ("conference", "Conférence", "Conference"),
          ("ministers", "Réunion ministérielle", "Ministerial meeting"),
          ("leaders", "Sommet des dirigeants", "Leaders meeting"),
          ("committee", "Comité des représentants", "Committee of representatives"),
          ("technical", "Comité technique", "Technical committee"),
          ("assembly", "Assemblée générale", "General assembly")]
ENTITY_KINDS = [("government", "gouv", "Gouvernement de la Nouvelle-Calédonie, service"),
                ("government-service", "dir", "Direction"),
                ("province", "prov", "Province, direction"),
                ("commune", "ville", "Commune"),
                ("public-body", "agence", "Agence"),
                ("semi-public-body", "sem", "Société d'économie mixte"),
                ("association", "asso", "Association"),
                ("congress", "congres", "Congrès, commission"),
                ("customary-senate", "senat", "Sénat coutumier, commission"),
                ("state-service", "etat", "Haut-commissariat, service")]
TOPICS = ["pêche hauturière", "biodiversité marine", "changement climatique", "santé publique",
          "énergies renouvelables", "éducation", "statistiques", "transport aérien",
          "gestion des déchets", "sécurité alimentaire", "culture et patrimoine",
          "tourisme durable", "eau et assainissement", "risques naturels",
          "économie bleue", "numérique", "jeunesse", "égalité femmes-hommes"]
THEMES = ["ocean", "climate", "health", "energy", "education", "fisheries", "biodiversity",
          "tourism", "culture", "digital", "youth", "disaster-risk", "water", "statistics"]
FIRST = ["Marie", "Jean", "Sylvie", "Paul", "Léa", "Wassissi", "Hnadro", "Kalena", "Thierry",
         "Anne", "Pierre", "Naïma", "Yannick", "Isabelle", "Joseph", "Mélanie", "Éric", "Soane"]
LAST = ["Wamytan", "Dupont", "Gope", "Martin", "Tjibaou", "Lefèvre", "Naisseline", "Bernard",
        "Kasarhérou", "Moreau", "Païta", "Richard", "Wahetra", "Laurent", "Hnepeune", "Girard"]
ROLES = ["Secrétaire général", "Directrice des programmes", "Chargé de mission",
         "Conseillère juridique", "Responsable des partenariats", "Point focal pays"]
ACTIONS = ["Transmettre la contribution écrite sur", "Préparer la note de position sur",
           "Désigner le point focal pour", "Organiser la réunion de coordination sur",
           "Relancer le secrétariat au sujet de", "Diffuser le compte-rendu aux services sur",
           "Consolider les contributions des provinces sur",
           "Valider le mandat de délégation sur"]
OUTCOMES = ["Adoption du programme de travail sur", "Approbation du budget consacré à",
            "Création d'un groupe de travail sur", "Déclaration commune sur",
            "Report de la décision relative à", "Mandat donné au secrétariat concernant"]
STEPS = ["Envoyer le projet de protocole", "Organiser une visioconférence technique",
         "Obtenir l'avis du gouvernement", "Préparer la note de cadrage",
         "Rencontrer la délégation régionale", "Transmettre la fiche projet"]


# --- YAML writing --------------------------------------------------------------------------------

class Block(str):
    """A multi-line string, written as a literal block scalar."""


_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~", ""}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PLAIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][^\n\t\"]*$")


def scalar(value):
    """One scalar, plain when YAML reads it back as the same string, double-quoted otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    plain_ok = (_PLAIN.match(text) and ": " not in text and " #" not in text
                and not text.endswith((" ", ":"))
                and text.lower() not in _RESERVED)
    if plain_ok or _DATE.match(text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def emit(value, indent, out):
    """Appends `value` (a dict or list) in block style at `indent` spaces."""
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            emit_entry(pad + key + ":", item, indent, out)
    else:
        for item in value:
            if isinstance(item, dict):
                first = True
                for key, sub in item.items():
                    lead = pad + ("- " if first else "  ") + key + ":"
                    emit_entry(lead, sub, indent + 2, out)
                    first = False
            else:
                out.append(pad + "- " + scalar(item))


def emit_entry(lead, item, indent, out):
    if isinstance(item, Block):
        out.append(lead + " |")
        out.extend(" " * (indent + 2) + line for line in item.rstrip("\n").split("\n"))
    elif isinstance(item, (dict, list)):
        out.append(lead)
        emit(item, indent + 2, out)
    else:
        out.append(lead + " " + scalar(item))


def to_yaml(record, comment=None):
    out = [f"# {comment}"] if comment else []
    emit(record, 0, out)
    return "\n".join(out) + "\n"


# --- helpers -------------------------------------------------------------------------------------

def ascii_slug(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def days(n):
    return dt.timedelta(days=n)


def rand_date(rng, first, last):
    return first + days(rng.randint(0, (last - first).days))


class Ids:
    """Hands out ids that are unique across every kind."""

    def __init__(self):
        self.used = set()

    def take(self, base):
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(name, domain):
    return f"{ascii_slug(name).replace('-', '.')}@{domain}"


def bilingual(rng, fr, en):
    return {"fr": fr, "en": en} if rng.random() < 0.6 else fr


# --- the plan: ids and shapes decided before any record is written ----------------------------

def counts(n):
    orgs = max(1, round(n * 0.05))
    entities = max(1, round(n * 0.05))
    meetings = round(n * 0.60)
    prospects = max(0, n - orgs - entities - meetings)
    return orgs, entities, meetings, prospects


def plan_orgs(rng, ids, count):
    orgs = []
    for i in range(count):
        word, form = rng.choice(ORG_WORDS), rng.choice(ORG_FORMS)
        acronym = (word[0][0] + rng.choice("ABCDEFGHIJKLMNOPRSTUVW") + form[0][0]).upper()
        org_id = ids.take(f"{acronym.lower()}-{i + 1}")
        bodies = rng.sample(BODIES, rng.randint(1, 4))
        orgs.append({"id": org_id, "acronym": acronym, "word": word, "form": form,
                     "bodies": bodies})
    return orgs


def plan_entities(rng, ids, count):
    entities = []
    for i in range(count):
        # every kind appears once before the random picks
        kind = ENTITY_KINDS[i] if i < len(ENTITY_KINDS) else rng.choice(ENTITY_KINDS)
        topic = rng.choice(TOPICS)
        word = max(ascii_slug(topic).split("-"), key=len)
        entities.append({"id": ids.take(f"{kind[1]}-{word}-{i + 1}"),
                         "type": kind[0], "label": kind[2], "topic": topic})
    return entities


# --- records -------------------------------------------------------------------------------------

def organisation(rng, org, entities):
    word, form = org["word"], org["form"]
    status = rng.choice(NC_STATUSES)
    rec = {
        "name": {"fr": f"{form[1]} {word[1].lower()} du Pacifique n° {org['id'].split('-')[-1]}",
                 "en": f"{word[0]} {form[0]} of the Pacific No. {org['id'].split('-')[-1]}"},
        "acronym": org["acronym"],
        "type": rng.choice(ORG_TYPES),
        "crop": rng.random() < 0.3,
        "headquarters": rng.choice(CITIES),
        "website": f"https://www.{org['id']}.int",
        "nc-status": status,
    }
    if status != "none":
        history = status_history(rng, status)
        rec["nc-since"] = history[-1]["since"]
        rec["nc-history"] = history
    rec["focal-point"] = rng.choice(entities)["id"]
    rec["involved"] = [e["id"] for e in rng.sample(entities, min(len(entities), rng.randint(1, 4)))]
    rec["bodies"] = [{"id": b[0], "name": bilingual(rng, b[1], b[2]),
                      "cadence": rng.choice(CADENCES), "month": rng.randint(1, 12)}
                     for b in org["bodies"]]
    rec["contributions"] = contributions(rng, entities)
    rec["strategies"] = strategies(rng, org, entities)
    rec["actions"] = [action(rng, entities, past_ok=True) for _ in range(rng.randint(2, 5))]
    rec["contacts"] = [contact(rng, org) for _ in range(rng.randint(1, 3))]
    rec["tags"] = rng.sample(THEMES, 2)
    return to_yaml(rec, f"Organisation synthétique pour les mesures de performance ({org['id']})")


def status_history(rng, final):
    steps = ["observer"] if final != "observer" else []
    steps += [final]
    year = rng.randint(1985, 2005)
    history = []
    for status in steps:
        since = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        history.append({"status": status, "since": since,
                        "source": "Journal officiel de la Nouvelle-Calédonie"})
        year += rng.randint(3, 12)
    return history


def contributions(rng, entities):
    out = []
    for year in (2025, 2026, 2027):
        due = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        item = {"what": f"Contribution statutaire {year}",
                "amount": rng.randrange(500_000, 25_000_000, 1000),
                "currency": rng.choice(CURRENCIES), "due": due}
        if due < TODAY:
            item["paid"] = min(TODAY, due + days(rng.randint(-20, 25)))
        item["owner"] = rng.choice(entities)["id"]
        out.append(item)
    return out


def strategies(rng, org, entities):
    out = []
    for _ in range(rng.randint(1, 2)):
        start = rng.randint(2020, 2027)
        due = rand_date(rng, dt.date(2025, 1, 1), dt.date(2027, 12, 31))
        item = {"title": f"Stratégie {rng.choice(TOPICS)} {start}-{start + 9}",
                "period": f"{start}-{start + 9}", "input-due": due}
        if due < TODAY:
            item["input-sent"] = due - days(rng.randint(0, 10))
        item["owner"] = rng.choice(entities)["id"]
        item["link"] = f"https://www.{org['id']}.int/strategie-{start}"
        out.append(item)
    return out


def action(rng, entities, past_ok):
    """An action or follow-up: done in the past, or open and due in 2027."""
    item = {"what": f"{rng.choice(ACTIONS)} {rng.choice(TOPICS)}",
            "owner": rng.choice(entities)["id"]}
    if past_ok and rng.random() < 0.5:
        item["due"] = rand_date(rng, dt.date(2024, 1, 1), TODAY - days(1))
        item["status"] = rng.choice(["done", "done", "done", "dropped"])
    else:
        item["due"] = rand_date(rng, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
        item["status"] = "open"
    return item


def contact(rng, org):
    name = person(rng)
    return {"name": name, "role": rng.choice(ROLES), "email": email_of(name, f"{org['id']}.int"),
            "phone": f"+679 {rng.randint(300, 999)} {rng.randint(1000, 9999)}"}


def entity(rng, ent, parent):
    rec = {"name": bilingual(rng, f"{ent['label']} {ent['topic']}",
                             f"{ent['label']} ({ascii_slug(ent['topic'])})"),
           "acronym": ent["id"].split("-")[0].upper(), "type": ent["type"]}
    if parent:
        rec["parent"] = parent
    focal = person(rng)
    rec["focal-point"] = {"person": focal, "email": email_of(focal, "gouv.nc")}
    rec["website"] = f"https://{ent['id']}.gouv.nc"
    rec["tags"] = rng.sample(THEMES, rng.randint(1, 3))
    if rng.random() < 0.6:
        rec["notes"] = Block(f"Interlocuteur principal sur {ent['topic']} ; suit aussi "
                             f"{rng.choice(TOPICS)}.\n"
                             f"Réunion de coordination mensuelle avec le service.\n")
    return to_yaml(rec)


def meeting(rng, mid, org, body, entities, prospect_ids, start, end):
    held = end < TODAY
    acr = org["acronym"]
    rec = {"title": bilingual(rng, f"{acr}, {body[1].lower()} {start.year}",
                              f"{acr} {body[2]} {start.year}"),
           "organisation": org["id"], "body": body[0], "type": rng.choice(MEETING_TYPES),
           "start": start, "end": end}
    if rng.random() < 0.2:
        rec["virtual"] = True
    else:
        rec["location"] = rng.choice(CITIES)
    rec["status"] = "held" if held else "planned"
    ents = rng.sample(entities, min(len(entities), rng.randint(2, 5)))
    # A name per meeting: real names repeat, and overlapping meetings would then trip the
    # delegation-clash warning, which the benchmark trees must not.
    rec["delegation"] = [{"person": f"{person(rng)} ({mid})", "entity": e["id"],
                          "role": "head" if i == 0 else rng.choice(["member", "adviser"])}
                         for i, e in enumerate(ents)]
    rec["deadlines"] = deadlines(rng, start, entities)
    rec["agenda"] = [{"item": f"Point {i + 1} : {rng.choice(TOPICS)}",
                      "position": f"La Nouvelle-Calédonie soutient les travaux sur "
                                  f"{rng.choice(TOPICS)} et demande l'inscription de "
                                  f"{rng.choice(TOPICS)} au programme.",
                      "lead": rng.choice(entities)["id"]} for i in range(rng.randint(2, 4))]
    if held:
        rec["outcomes"] = [f"{rng.choice(OUTCOMES)} {rng.choice(TOPICS)}"
                           for _ in range(rng.randint(1, 3))]
        rec["follow-up"] = [follow_up(rng, end, entities) for _ in range(rng.randint(1, 3))]
        rec["report"] = {"due": end + days(15), "done": min(TODAY, end + days(rng.randint(2, 15))),
                         "owner": ents[0]["id"], "link": f"comptes-rendus/{start.year}/{mid}.pdf"}
    if prospect_ids and rng.random() < 0.15:
        rec["prospects"] = [rng.choice(prospect_ids)]
    rec["tags"] = rng.sample(THEMES, rng.randint(1, 2))
    if rng.random() < 0.5:
        rec["notes"] = Block(f"Délégation conduite par {rec['delegation'][0]['person']}.\n"
                             f"Coordination préalable avec les provinces sur "
                             f"{rng.choice(TOPICS)}.\n")
    return to_yaml(rec)


def deadlines(rng, start, entities):
    out = []
    for what in rng.sample(["Inscription de la délégation", "Pouvoirs de la délégation",
                            "Note de position", "Réservation des billets"], rng.randint(1, 3)):
        due = start - days(rng.randint(1, 45))
        item = {"what": what, "due": due, "owner": rng.choice(entities)["id"]}
        if due < TODAY:
            item["done"] = due - days(rng.randint(0, 5))
        out.append(item)
    return out


def follow_up(rng, end, entities):
    item = {"what": f"{rng.choice(ACTIONS)} {rng.choice(TOPICS)}",
            "owner": rng.choice(entities)["id"]}
    if rng.random() < 0.6:
        item["due"] = min(TODAY - days(1), end + days(rng.randint(10, 90)))
        item["status"] = "done"
    else:
        item["due"] = rand_date(rng, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
        item["status"] = "open"
    return item


def meeting_dates(rng):
    if rng.random() < 0.7:
        start = rand_date(rng, dt.date(2021, 1, 4), TODAY - days(30))
    else:
        start = rand_date(rng, TODAY + days(7), dt.date(2028, 12, 20))
    return start, start + days(rng.choice([0, 1, 2, 2, 3, 4]))


def prospect(rng, orgs, entities, index):
    topic = rng.choice(TOPICS)
    rec = {"title": bilingual(rng, f"Partenariat {topic} n° {index}",
                              f"Partnership No. {index} ({rng.choice(THEMES)})")}
    if rng.random() < 0.9:
        rec["partner"] = rng.choice(orgs)["id"]
    else:
        rec["partner-name"] = f"Fondation pour le {topic} n° {index}"
    rec["lead"] = rng.choice(entities)["id"]
    rec["themes"] = rng.sample(THEMES, rng.randint(1, 3))
    stage = rng.choice(STAGES)
    last_contact = TODAY - days(rng.randint(0, 60))
    history = prospect_history(rng, stage, last_contact)
    rec["stage"] = stage
    rec["stage-since"] = max(h["date"] for h in history if "stage" in h)
    rec["priority"] = rng.choice(PRIORITIES)
    rec["instrument"] = rng.choice(INSTRUMENTS)
    rec["value"] = {"amount": rng.randrange(1_000_000, 90_000_000, 50_000),
                    "currency": rng.choice(CURRENCIES)}
    if stage in OPEN_STAGES:
        rec["next-step"] = {"what": rng.choice(STEPS), "due": TODAY + days(rng.randint(3, 200)),
                            "owner": rec["lead"]}
    rec["last-contact"] = last_contact
    rec["history"] = history
    if rng.random() < 0.6:
        rec["notes"] = Block(f"Piste identifiée lors des échanges sur {topic}.\n"
                             f"Cofinancement possible par les provinces ; à confirmer.\n")
    return to_yaml(rec)


def prospect_history(rng, stage, last_contact):
    reached = STAGES[:STAGES.index(stage) + 1] if stage in OPEN_STAGES else \
        STAGES[:rng.randint(1, 5)] + [stage]
    date = last_contact - days(rng.randint(60, 500))
    history = []
    for i, step in enumerate(reached):
        history.append({"date": date, "note": f"{rng.choice(STEPS)} : étape « {step} » franchie "
                                              f"après échange avec le partenaire", "stage": step})
        if i < len(reached) - 1:
            date = min(last_contact, date + days(rng.randint(10, 90)))
            if rng.random() < 0.5:
                history.append({"date": date,
                                "note": f"Réunion de suivi sur {rng.choice(TOPICS)}"})
    if rng.random() < 0.5:
        history.append({"date": last_contact, "note": "Échange téléphonique avec le partenaire"})
    else:
        history[-1]["date"] = last_contact
    return history


# --- writing the tree ----------------------------------------------------------------------------

SETTINGS = """# Réglages du jeu de données synthétique (tools/bench/generate.py)
language: fr
timezone: Pacific/Noumea
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, outdir, seed):
    rng = random.Random(seed)
    ids = Ids()
    n_org, n_ent, n_meet, n_pros = counts(n)
    orgs = plan_orgs(rng, ids, n_org)
    entities = plan_entities(rng, ids, n_ent)
    prospect_ids = [ids.take(f"partenariat-{i + 1}") for i in range(n_pros)]
    write(os.path.join(outdir, "multilat.yaml"), SETTINGS)
    roots = [e["id"] for e in entities[:max(1, len(entities) // 10)]]
    for org in orgs:
        write(os.path.join(outdir, "organisations", org["id"] + ".yaml"),
              organisation(rng, org, entities))
    for ent in entities:
        parent = rng.choice(roots) if ent["id"] not in roots and rng.random() < 0.6 else None
        write(os.path.join(outdir, "entities", ent["id"] + ".yaml"), entity(rng, ent, parent))
    for i in range(n_meet):
        org = rng.choice(orgs)
        body = rng.choice(org["bodies"])
        start, end = meeting_dates(rng)
        mid = ids.take(f"{body[0]}-{org['id']}-{start.year}-{i + 1}")
        write(os.path.join(outdir, "meetings", str(start.year), mid + ".yaml"),
              meeting(rng, mid, org, body, entities, prospect_ids, start, end))
    for i, pid in enumerate(prospect_ids):
        write(os.path.join(outdir, "prospects", pid + ".yaml"),
              prospect(rng, orgs, entities, i + 1))


# --- self-check (needs python3-yaml) --------------------------------------------------------------

KIND_FOLDERS = {"organisations": "organisation", "entities": "entity", "meetings": "meeting",
                "prospects": "prospect"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ENTITY_REF_PATHS = [("organisation", "focal-point"), ("organisation", "involved[]"),
                    ("organisation", "contributions[].owner"),
                    ("organisation", "strategies[].owner"),
                    ("organisation", "actions[].owner"), ("entity", "parent"),
                    ("meeting", "delegation[].entity"), ("meeting", "deadlines[].owner"),
                    ("meeting", "agenda[].lead"), ("meeting", "follow-up[].owner"),
                    ("meeting", "report.owner"), ("prospect", "lead"),
                    ("prospect", "next-step.owner")]


def values_at(record, path):
    """Values at a path such as 'deadlines[].owner' or 'involved[]'."""
    current = [record]
    for part in path.split("."):
        many = part.endswith("[]")
        key = part[:-2] if many else part
        nxt = []
        for item in current:
            if isinstance(item, dict) and key in item:
                value = item[key]
                nxt.extend(value if many and isinstance(value, list) else [value])
        current = nxt
    return current


def as_date(value):
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_tree(outdir):
    import yaml  # python3-yaml; imported here so that generation needs the stdlib only
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
    records, problems = {}, []
    for root, _, files in os.walk(outdir):
        for name in sorted(files):
            path = os.path.join(root, name)
            try:
                with open(path, encoding="utf-8") as f:
                    data = yaml.load(f, Loader=loader)
            except Exception as e:  # noqa: BLE001 - report any parse failure
                problems.append(f"{path}: does not parse: {e}")
                continue
            if not isinstance(data, dict):
                problems.append(f"{path}: not a mapping")
                continue
            rel = os.path.relpath(path, outdir).split(os.sep)
            if len(rel) == 1:
                continue  # multilat.yaml
            rid = os.path.splitext(name)[0]
            if not ID_RE.match(rid):
                problems.append(f"{path}: invalid id")
            if rid in records:
                problems.append(f"{path}: id '{rid}' already used by {records[rid][2]}")
            records[rid] = (KIND_FOLDERS[rel[0]], data, path)
    return records, problems


def check_record(rid, kind, rec, path, records, problems):
    def bad(msg):
        problems.append(f"{path}: {msg}")

    def is_kind(ref, want):
        return ref in records and records[ref][0] == want

    for k, p in ENTITY_REF_PATHS:
        if k == kind:
            for ref in values_at(rec, p):
                if not is_kind(ref, "entity"):
                    bad(f"{p}: unknown entity '{ref}'")
    for item in values_at(rec, "actions[]") + values_at(rec, "follow-up[]"):
        if item.get("status", "open") == "open" and as_date(item["due"]) < TODAY:
            bad(f"open action overdue: {item['what']}")
    if kind == "meeting":
        check_meeting(rec, records, bad, is_kind)
    if kind == "prospect":
        check_prospect(rec, bad, is_kind)
    if kind == "organisation":
        for c in rec.get("contributions", []):
            if as_date(c["due"]) < TODAY and "paid" not in c:
                bad("past contribution not paid")


def check_meeting(rec, records, bad, is_kind):
    org = rec["organisation"]
    if not is_kind(org, "organisation"):
        bad(f"unknown organisation '{org}'")
    elif rec["body"] not in {b["id"] for b in records[org][1].get("bodies", [])}:
        bad(f"body '{rec['body']}' not among {org}'s bodies")
    start, end = as_date(rec["start"]), as_date(rec.get("end", rec["start"]))
    if end < start:
        bad("end before start")
    for d in rec.get("deadlines", []):
        if as_date(d["due"]) > start:
            bad("deadline after start")
        if as_date(d["due"]) < TODAY and "done" not in d:
            bad("past deadline not done")
    if end < TODAY and rec["status"] in ("planned", "confirmed"):
        bad("past meeting still planned")
    if start > TODAY and rec["status"] == "held":
        bad("future meeting held")
    if rec["status"] == "held" and not rec.get("outcomes"):
        bad("held meeting without outcomes")
    if rec["status"] == "held" and end + dt.timedelta(days=15) < TODAY and \
            "done" not in rec.get("report", {}):
        bad("post-mission report overdue")
    for p in rec.get("prospects", []):
        if not is_kind(p, "prospect"):
            bad(f"unknown prospect '{p}'")


def check_prospect(rec, bad, is_kind):
    if ("partner" in rec) == ("partner-name" in rec):
        bad("needs exactly one of partner and partner-name")
    if "partner" in rec and not is_kind(rec["partner"], "organisation"):
        bad(f"unknown partner '{rec['partner']}'")
    if (TODAY - as_date(rec["last-contact"])).days > 90:
        bad("stale prospect")
    dates = [as_date(h["date"]) for h in rec.get("history", [])]
    if dates != sorted(dates) or (dates and dates[-1] > TODAY):
        bad("history not oldest first, or in the future")
    if "next-step" in rec and as_date(rec["next-step"]["due"]) < TODAY:
        bad("next step overdue")


def self_check(outdir):
    records, problems = load_tree(outdir)
    if not os.path.isfile(os.path.join(outdir, "multilat.yaml")):
        problems.append(f"{outdir}/multilat.yaml: missing")
    for rid, (kind, rec, path) in records.items():
        try:
            check_record(rid, kind, rec, path, records, problems)
        except (KeyError, TypeError, ValueError) as e:
            problems.append(f"{path}: malformed: {e!r}")
    sizes = [os.path.getsize(p) for _, _, p in records.values()]
    by_kind = {}
    for kind, _, _ in records.values():
        by_kind[kind] = by_kind.get(kind, 0) + 1
    for p in problems[:50]:
        print(p, file=sys.stderr)
    mean = sum(sizes) / len(sizes) if sizes else 0
    print(f"self-check: {len(records)} records {dict(sorted(by_kind.items()))}, "
          f"mean {mean:.0f} bytes, {len(problems)} problems")
    return 1 if problems or not records else 0


def main(argv):
    args = list(argv)
    check = "--self-check" in args
    args = [a for a in args if a != "--self-check"]
    seed = DEFAULT_SEED
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if check and len(args) == 1:
        return self_check(args[0])
    if len(args) != 2 or not args[0].isdigit() or int(args[0]) < 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    n, outdir = int(args[0]), args[1]
    if os.path.exists(outdir) and os.listdir(outdir):
        print(f"generate.py: {outdir} is not empty; give a new or empty folder", file=sys.stderr)
        return 2
    generate(n, outdir, seed)
    return self_check(outdir) if check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
