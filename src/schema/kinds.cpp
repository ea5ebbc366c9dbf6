// The field tables. Adding a field to a kind is one entry here, its description in English and
// French side by side; binding, checks, the JSON Schema export and docs/records.md all follow
// from it.
#include "schema/kinds.h"

#include "model/settings.h"

namespace multilat::schema {
namespace {

using V = ValueType;
using R = RefTarget;
using sv = std::string_view;

constexpr sv kNcStatus[] = {"member", "associate-member", "observer", "participant", "none"};
constexpr sv kOrgType[] = {"regional-intergovernmental",
                           "un-system",
                           "international-intergovernmental",
                           "development-bank",
                           "subregional-group",
                           "network",
                           "other"};
constexpr sv kEntityType[] = {
    "government",  "government-service", "congress",    "province",
    "commune",     "customary-senate",   "public-body", "semi-public-body",
    "association", "state-service",      "other"};
constexpr sv kMeetingType[] = {"governing", "ministerial", "leaders",
                               "technical", "conference",  "workshop"};
constexpr sv kMeetingStatus[] = {"planned", "confirmed", "held", "cancelled", "postponed"};
constexpr sv kDelegationRole[] = {"head", "member", "adviser"};
constexpr sv kTaskStatus[] = {"open", "done", "dropped"};
constexpr sv kStage[] = {"idea",        "contacted", "exploring", "proposal",
                         "negotiating", "signed",    "declined",  "dropped"};
constexpr sv kPriority[] = {"high", "medium", "low"};
constexpr sv kInstrument[] = {"mou",       "agreement", "letter-of-intent",
                              "programme", "grant",     "other"};
constexpr sv kLanguage[] = {"fr", "en"};
constexpr sv kDeadlineType[] = {"registration", "credentials", "position-paper", "contribution",
                                "other"};

// Keys every record may carry, whatever its kind.
constexpr FieldSpec kCommon[] = {
    {.key = "example",
     .type = V::Bool,
     .description = {.en = "true when the record is an illustration, not a real commitment",
                     .fr = "true quand la fiche est une illustration, pas un engagement réel"}},
    {.key = "tags",
     .type = V::String,
     .description = {.en = "free labels", .fr = "étiquettes libres"},
     .list = true},
    {.key = "notes", .type = V::Text, .description = {.en = "free notes", .fr = "notes libres"}},
    {.key = "silence",
     .type = V::RuleId,
     .description = {.en = "check rules this record deliberately does not follow",
                     .fr = "règles de check que cette fiche choisit de ne pas suivre"},
     .list = true},
};

constexpr FieldSpec kStatusChange[] = {
    {.key = "status",
     .type = V::Enum,
     .description = {.en = "New Caledonia's status from that date",
                     .fr = "statut de la Nouvelle-Calédonie à partir de cette date"},
     .required = true,
     .allowed = kNcStatus},
    {.key = "since",
     .type = V::Date,
     .description = {.en = "when the status began", .fr = "date de début du statut"},
     .required = true},
    {.key = "source",
     .type = V::String,
     .description = {.en = "where the fact comes from", .fr = "source du fait"}},
};
constexpr FieldSpec kBody[] = {
    {.key = "id",
     .type = V::Id,
     .description = {.en = "short id that meetings use in `body`",
                     .fr = "identifiant court que les réunions citent dans `body`"},
     .required = true},
    {.key = "name",
     .type = V::Text,
     .description = {.en = "the body's name", .fr = "nom de l'instance"},
     .required = true},
    {.key = "cadence",
     .type = V::Cadence,
     .description =
         {.en =
              "how often it meets: yearly, twice-yearly, every-2-years, every-N-months, irregular",
          .fr = "fréquence des réunions : yearly, twice-yearly, every-2-years, every-N-months, "
                "irregular"}},
    {.key = "month",
     .type = V::Integer,
     .description = {.en = "the month it usually meets in (1-12)",
                     .fr = "mois où elle se réunit d'habitude (1-12)"},
     .min = 1,
     .max = 12},
    {.key = "notes", .type = V::Text, .description = {.en = "free notes", .fr = "notes libres"}},
};
constexpr FieldSpec kContribution[] = {
    {.key = "what",
     .type = V::Text,
     .description = {.en = "what the contribution is for", .fr = "objet de la contribution"}},
    {.key = "amount",
     .type = V::Amount,
     .description = {.en = "amount due", .fr = "montant dû"},
     .required = true},
    {.key = "currency",
     .type = V::Currency,
     .description = {.en = "ISO 4217 code", .fr = "code ISO 4217"},
     .required = true},
    {.key = "due",
     .type = V::Date,
     .description = {.en = "when it is due", .fr = "date d'échéance"},
     .required = true},
    {.key = "paid",
     .type = V::Date,
     .description = {.en = "when it was paid", .fr = "date du paiement"}},
    {.key = "recurs",
     .type = V::Cadence,
     .description =
         {.en = "for recurring dues: yearly, every-N-months...; `due` is the first occurrence",
          .fr = "pour une cotisation périodique : yearly, every-N-months... ; `due` est la "
                "première échéance"}},
    {.key = "paid-through",
     .type = V::Date,
     .description = {.en = "recurring dues: the last due date already paid",
                     .fr = "cotisation périodique : dernière échéance déjà payée"}},
    {.key = "owner",
     .type = V::Id,
     .description = {.en = "entity that pays", .fr = "entité qui paie"},
     .ref = R::Entity},
};
constexpr FieldSpec kStrategy[] = {
    {.key = "title",
     .type = V::Text,
     .description = {.en = "the document's title", .fr = "titre du document"},
     .required = true},
    {.key = "period",
     .type = V::String,
     .description = {.en = "years covered, e.g. 2022-2031",
                     .fr = "années couvertes, par exemple 2022-2031"}},
    {.key = "input-due",
     .type = V::Date,
     .description = {.en = "when New Caledonia's input is due",
                     .fr = "date attendue de la contribution de la Nouvelle-Calédonie"}},
    {.key = "input-sent",
     .type = V::Date,
     .description = {.en = "when the input was sent", .fr = "date d'envoi de la contribution"}},
    {.key = "owner",
     .type = V::Id,
     .description = {.en = "entity preparing the input",
                     .fr = "entité qui prépare la contribution"},
     .ref = R::Entity},
    {.key = "link",
     .type = V::Url,
     .description = {.en = "where the document is published",
                     .fr = "adresse de publication du document"}},
};
constexpr FieldSpec kAction[] = {
    {.key = "what",
     .type = V::Text,
     .description = {.en = "what is to be done", .fr = "ce qu'il faut faire"},
     .required = true},
    {.key = "owner",
     .type = V::Id,
     .description = {.en = "entity responsible", .fr = "entité responsable"},
     .ref = R::Entity},
    {.key = "due",
     .type = V::Date,
     .description = {.en = "when it is due", .fr = "date d'échéance"}},
    {.key = "status",
     .type = V::Enum,
     .description = {.en = "open (default), done or dropped",
                     .fr = "open (par défaut), done ou dropped"},
     .allowed = kTaskStatus},
};
constexpr FieldSpec kContact[] = {
    {.key = "name",
     .type = V::String,
     .description = {.en = "person's name", .fr = "nom de la personne"},
     .required = true},
    {.key = "role", .type = V::String, .description = {.en = "position", .fr = "fonction"}},
    {.key = "email",
     .type = V::Email,
     .description = {.en = "e-mail address", .fr = "adresse électronique"}},
    {.key = "phone",
     .type = V::String,
     .description = {.en = "phone number", .fr = "numéro de téléphone"}},
};

constexpr FieldSpec kOrganisation[] = {
    {.key = "name",
     .type = V::Text,
     .description = {.en = "full name", .fr = "nom complet"},
     .required = true},
    {.key = "acronym",
     .type = V::Text,
     .description = {.en = "acronym, e.g. {fr: CPS, en: SPC}",
                     .fr = "sigle, par exemple {fr: CPS, en: SPC}"}},
    {.key = "type",
     .type = V::Enum,
     .description = {.en = "kind of organisation", .fr = "sorte d'organisation"},
     .allowed = kOrgType},
    {.key = "crop",
     .type = V::Bool,
     .description =
         {.en = "true for agencies of the Council of Regional Organisations of the Pacific",
          .fr =
              "true pour les agences du Conseil des organisations régionales du Pacifique (CORP)"}},
    {.key = "headquarters",
     .type = V::String,
     .description = {.en = "city and country of the seat", .fr = "ville et pays du siège"}},
    {.key = "website",
     .type = V::Url,
     .description = {.en = "official website", .fr = "site officiel"}},
    {.key = "nc-status",
     .type = V::Enum,
     .description = {.en = "New Caledonia's status today",
                     .fr = "statut actuel de la Nouvelle-Calédonie"},
     .required = true,
     .allowed = kNcStatus},
    {.key = "nc-since",
     .type = V::Date,
     .description = {.en = "when the current status began",
                     .fr = "date de début du statut actuel"}},
    {.key = "nc-history",
     .type = V::Object,
     .description = {.en = "earlier statuses, oldest first; the last one is the current status",
                     .fr = "statuts antérieurs, du plus ancien au plus récent ; le dernier est le "
                           "statut actuel"},
     .list = true,
     .fields = kStatusChange},
    {.key = "focal-point",
     .type = V::Id,
     .description = {.en = "entity that leads for New Caledonia",
                     .fr = "entité chef de file pour la Nouvelle-Calédonie"},
     .ref = R::Entity},
    {.key = "involved",
     .type = V::Id,
     .description = {.en = "other entities involved", .fr = "autres entités concernées"},
     .list = true,
     .ref = R::Entity},
    {.key = "bodies",
     .type = V::Object,
     .description = {.en = "governing bodies", .fr = "instances dirigeantes"},
     .list = true,
     .fields = kBody},
    {.key = "contributions",
     .type = V::Object,
     .description = {.en = "dues and contributions", .fr = "cotisations et contributions"},
     .list = true,
     .fields = kContribution},
    {.key = "strategies",
     .type = V::Object,
     .description = {.en = "strategic documents New Caledonia contributes to",
                     .fr = "documents stratégiques auxquels la Nouvelle-Calédonie contribue"},
     .list = true,
     .fields = kStrategy},
    {.key = "actions",
     .type = V::Object,
     .description = {.en = "the action plan", .fr = "le plan d'action"},
     .list = true,
     .fields = kAction},
    {.key = "contacts",
     .type = V::Object,
     .description = {.en = "people to contact", .fr = "personnes à contacter"},
     .list = true,
     .fields = kContact},
};

constexpr FieldSpec kFocalPoint[] = {
    {.key = "person",
     .type = V::String,
     .description = {.en = "name or position", .fr = "nom ou fonction"},
     .required = true},
    {.key = "email",
     .type = V::Email,
     .description = {.en = "where the entity's digest is sent",
                     .fr = "adresse où part le récapitulatif de l'entité"}},
};
constexpr FieldSpec kEntity[] = {
    {.key = "name",
     .type = V::Text,
     .description = {.en = "full name", .fr = "nom complet"},
     .required = true},
    {.key = "acronym", .type = V::Text, .description = {.en = "acronym", .fr = "sigle"}},
    {.key = "type",
     .type = V::Enum,
     .description = {.en = "kind of actor", .fr = "sorte d'acteur"},
     .required = true,
     .allowed = kEntityType},
    {.key = "parent",
     .type = V::Id,
     .description = {.en = "entity this one belongs to", .fr = "entité dont celle-ci relève"},
     .ref = R::Entity},
    {.key = "focal-point",
     .type = V::Object,
     .description = {.en = "who receives the entity's digest",
                     .fr = "qui reçoit le récapitulatif de l'entité"},
     .fields = kFocalPoint},
    {.key = "website",
     .type = V::Url,
     .description = {.en = "official website", .fr = "site officiel"}},
};

constexpr FieldSpec kDelegate[] = {
    {.key = "person",
     .type = V::String,
     .description = {.en = "name or position", .fr = "nom ou fonction"}},
    {.key = "entity",
     .type = V::Id,
     .description = {.en = "entity represented", .fr = "entité représentée"},
     .required = true,
     .ref = R::Entity},
    {.key = "role",
     .type = V::Enum,
     .description = {.en = "head, member or adviser",
                     .fr = "head (chef), member (membre) ou adviser (conseiller)"},
     .allowed = kDelegationRole},
};
constexpr FieldSpec kMeetingDeadline[] = {
    {.key = "what",
     .type = V::Text,
     .description = {.en = "what is due", .fr = "ce qui est dû"},
     .required = true},
    {.key = "due",
     .type = V::Date,
     .description = {.en = "when it is due", .fr = "date d'échéance"},
     .required = true},
    {.key = "type",
     .type = V::Enum,
     .description = {.en = "registration and credentials replace the derived reminders",
                     .fr = "registration et credentials remplacent les rappels calculés"},
     .allowed = kDeadlineType},
    {.key = "owner",
     .type = V::Id,
     .description = {.en = "entity responsible", .fr = "entité responsable"},
     .ref = R::Entity},
    {.key = "done",
     .type = V::Date,
     .description = {.en = "when it was done", .fr = "date où c'est fait"}},
    {.key = "lead-days",
     .type = V::Integer,
     .description =
         {.en = "days before it falls due on which the mail digest lists it (overrides the "
                "settings)",
          .fr = "jours avant l'échéance où le courriel récapitulatif la signale (remplace les "
                "réglages)"},
     .list = true,
     .min = 0,
     .max = 366},
};
constexpr FieldSpec kAgendaItem[] = {
    {.key = "item",
     .type = V::Text,
     .description = {.en = "agenda item", .fr = "point de l'ordre du jour"},
     .required = true},
    {.key = "position",
     .type = V::Text,
     .description = {.en = "New Caledonia's position", .fr = "position de la Nouvelle-Calédonie"}},
    {.key = "lead",
     .type = V::Id,
     .description = {.en = "entity leading on the item", .fr = "entité chef de file sur ce point"},
     .ref = R::Entity},
};
constexpr FieldSpec kReport[] = {
    {.key = "due",
     .type = V::Date,
     .description = {.en = "when the post-mission report is due",
                     .fr = "date attendue du compte rendu de mission"}},
    {.key = "done",
     .type = V::Date,
     .description = {.en = "when it was circulated", .fr = "date de diffusion"}},
    {.key = "owner",
     .type = V::Id,
     .description = {.en = "entity writing it", .fr = "entité qui le rédige"},
     .ref = R::Entity},
    {.key = "link",
     .type = V::String,
     .description = {.en = "where it is filed", .fr = "où il est classé"}},
};
constexpr FieldSpec kMeeting[] = {
    {.key = "title",
     .type = V::Text,
     .description = {.en = "the meeting's title", .fr = "titre de la réunion"},
     .required = true},
    {.key = "organisation",
     .type = V::Id,
     .description = {.en = "convening organisation", .fr = "organisation qui convoque"},
     .required = true,
     .ref = R::Organisation},
    {.key = "body",
     .type = V::Id,
     .description = {.en = "one of the organisation's bodies",
                     .fr = "l'une des instances de l'organisation"},
     .ref = R::Body},
    {.key = "type",
     .type = V::Enum,
     .description = {.en = "kind of meeting", .fr = "sorte de réunion"},
     .allowed = kMeetingType},
    {.key = "start",
     .type = V::Date,
     .description = {.en = "first day", .fr = "premier jour"},
     .required = true},
    {.key = "end",
     .type = V::Date,
     .description = {.en = "last day (default: the first day)",
                     .fr = "dernier jour (par défaut : le premier)"}},
    {.key = "location",
     .type = V::String,
     .description = {.en = "city and country", .fr = "ville et pays"}},
    {.key = "virtual",
     .type = V::Bool,
     .description = {.en = "true when held online", .fr = "true quand elle se tient en ligne"}},
    {.key = "status",
     .type = V::Enum,
     .description = {.en = "where the meeting stands", .fr = "où en est la réunion"},
     .required = true,
     .allowed = kMeetingStatus},
    {.key = "delegation",
     .type = V::Object,
     .description = {.en = "New Caledonia's delegation",
                     .fr = "la délégation de la Nouvelle-Calédonie"},
     .list = true,
     .fields = kDelegate},
    {.key = "deadlines",
     .type = V::Object,
     .description = {.en = "what is due before the meeting",
                     .fr = "ce qui est dû avant la réunion"},
     .list = true,
     .fields = kMeetingDeadline},
    {.key = "agenda",
     .type = V::Object,
     .description = {.en = "agenda items and positions",
                     .fr = "points de l'ordre du jour et positions"},
     .list = true,
     .fields = kAgendaItem},
    {.key = "outcomes",
     .type = V::Text,
     .description = {.en = "what was decided", .fr = "ce qui a été décidé"},
     .list = true},
    {.key = "follow-up",
     .type = V::Object,
     .description = {.en = "what is to be done after", .fr = "ce qu'il faut faire après"},
     .list = true,
     .fields = kAction},
    {.key = "report",
     .type = V::Object,
     .description = {.en = "the post-mission report", .fr = "le compte rendu de mission"},
     .fields = kReport},
    {.key = "prospects",
     .type = V::Id,
     .description = {.en = "prospects discussed", .fr = "pistes de partenariat évoquées"},
     .list = true,
     .ref = R::Prospect},
};

constexpr FieldSpec kValue[] = {
    {.key = "amount",
     .type = V::Amount,
     .description = {.en = "amount", .fr = "montant"},
     .required = true},
    {.key = "currency",
     .type = V::Currency,
     .description = {.en = "ISO 4217 code", .fr = "code ISO 4217"},
     .required = true},
};
constexpr FieldSpec kNextStep[] = {
    {.key = "what",
     .type = V::Text,
     .description = {.en = "the next step", .fr = "la prochaine étape"},
     .required = true},
    {.key = "due",
     .type = V::Date,
     .description = {.en = "when it is due", .fr = "date d'échéance"}},
    {.key = "owner",
     .type = V::Id,
     .description = {.en = "entity responsible", .fr = "entité responsable"},
     .ref = R::Entity},
};
constexpr FieldSpec kHistoryEntry[] = {
    {.key = "date",
     .type = V::Date,
     .description = {.en = "when it happened", .fr = "date de l'événement"},
     .required = true},
    {.key = "note",
     .type = V::Text,
     .description = {.en = "what happened", .fr = "ce qui s'est passé"},
     .required = true},
    {.key = "stage",
     .type = V::Enum,
     .description = {.en = "stage reached, if it changed",
                     .fr = "étape atteinte, si elle a changé"},
     .allowed = kStage},
};
constexpr FieldSpec kProspect[] = {
    {.key = "title",
     .type = V::Text,
     .description = {.en = "the prospect's title", .fr = "titre de la piste"},
     .required = true},
    {.key = "partner",
     .type = V::Id,
     .description = {.en = "partner organisation", .fr = "organisation partenaire"},
     .ref = R::Organisation},
    {.key = "partner-name",
     .type = V::Text,
     .description = {.en = "partner not yet recorded as an organisation",
                     .fr = "partenaire pas encore enregistré comme organisation"}},
    {.key = "lead",
     .type = V::Id,
     .description = {.en = "entity leading", .fr = "entité chef de file"},
     .required = true,
     .ref = R::Entity},
    {.key = "themes",
     .type = V::String,
     .description = {.en = "themes", .fr = "thèmes"},
     .list = true},
    {.key = "stage",
     .type = V::Enum,
     .description = {.en = "where the prospect stands", .fr = "où en est la piste"},
     .required = true,
     .allowed = kStage},
    {.key = "stage-since",
     .type = V::Date,
     .description = {.en = "when it reached that stage",
                     .fr = "date où elle a atteint cette étape"}},
    {.key = "priority",
     .type = V::Enum,
     .description = {.en = "high, medium or low",
                     .fr = "high (haute), medium (moyenne) ou low (basse)"},
     .allowed = kPriority},
    {.key = "instrument",
     .type = V::Enum,
     .description = {.en = "the intended instrument", .fr = "l'instrument envisagé"},
     .allowed = kInstrument},
    {.key = "value",
     .type = V::Object,
     .description = {.en = "value of the partnership", .fr = "valeur du partenariat"},
     .fields = kValue},
    {.key = "next-step",
     .type = V::Object,
     .description = {.en = "the next thing to do", .fr = "la prochaine chose à faire"},
     .fields = kNextStep},
    {.key = "last-contact",
     .type = V::Date,
     .description = {.en = "last contact with the partner",
                     .fr = "dernier contact avec le partenaire"}},
    {.key = "history",
     .type = V::Object,
     .description = {.en = "a dated log, oldest first",
                     .fr = "un journal daté, du plus ancien au plus récent"},
     .list = true,
     .fields = kHistoryEntry},
};

constexpr FieldSpec kHoliday[] = {
    {.key = "date",
     .type = V::Date,
     .description = {.en = "the day", .fr = "le jour"},
     .required = true},
    {.key = "name", .type = V::Text, .description = {.en = "what it is", .fr = "ce que c'est"}},
};
constexpr FieldSpec kMail[] = {
    {.key = "from",
     .type = V::Email,
     .description = {.en = "sender address", .fr = "adresse de l'expéditeur"}},
    {.key = "to",
     .type = V::Email,
     .description = {.en = "the desk's addresses", .fr = "adresses du service"},
     .list = true},
    {.key = "cc",
     .type = V::Email,
     .description = {.en = "copied on the desk's digest",
                     .fr = "en copie du récapitulatif du service"},
     .list = true},
    {.key = "cc-desk",
     .type = V::Email,
     .description =
         {.en = "receive the whole digest, every item and meeting, also in a --per-owner run "
                "(a message of their own, or copied with --desk-full)",
          .fr = "reçoivent le récapitulatif entier, toutes les échéances et réunions, même avec "
                "--per-owner (dans un message à part, ou en copie avec --desk-full)"},
     .list = true},
    {.key = "subject",
     .type = V::Text,
     .description =
         {.en = "the words before the counts in the subject line; written {fr: ..., en: ...}, "
                "each language has its own, and a language left out gets the built-in words",
          .fr = "les mots avant les nombres dans l'objet du courriel ; écrit {fr: …, en: …}, "
                "chaque langue a les siens, et une langue omise a les mots par défaut"}},
    {.key = "lead-days",
     .type = V::Integer,
     .description =
         {.en = "days before a deadline on which the digest lists it, e.g. [30, 14, 7, 3, 1, "
                "0]; overdue items are listed every day",
          .fr = "jours avant une échéance où le récapitulatif la signale, par exemple [30, 14, 7, "
                "3, 1, 0] ; les retards sont signalés chaque jour"},
     .list = true,
     .min = 0,
     .max = 366},
    {.key = "smtp-user",
     .type = V::String,
     .description =
         {.en = "user name for --smtp; the password never goes in the records",
          .fr = "nom d'utilisateur pour --smtp ; le mot de passe ne va jamais dans les fiches"}},
};
constexpr FieldSpec kCurrencyRate[] = {
    {.key = "currency",
     .type = V::Currency,
     .description = {.en = "ISO 4217 code", .fr = "code ISO 4217"},
     .required = true},
    {.key = "xpf",
     .type = V::Rate,
     .description = {.en = "how many XPF one unit of the currency is worth",
                     .fr = "combien de XPF vaut une unité de la monnaie"},
     .required = true},
    {.key = "date",
     .type = V::Date,
     .description = {.en = "the day the rate was taken", .fr = "le jour où le taux a été relevé"},
     .required = true},
    {.key = "source",
     .type = V::String,
     .description = {.en = "where the rate comes from", .fr = "d'où vient le taux"}},
};
constexpr FieldSpec kReportSettings[] = {
    {.key = "marking",
     .type = V::String,
     .description =
         {.en = "classification marking printed on every page of a report, e.g. \"Diffusion "
                "restreinte\"",
          .fr = "mention de classification imprimée sur chaque page d'un rapport, par exemple « "
                "Diffusion restreinte »"}},
};
constexpr FieldSpec kSettings[] = {
    {.key = "language",
     .type = V::Enum,
     .description = {.en = "fr (default) or en", .fr = "fr (par défaut) ou en"},
     .allowed = kLanguage},
    {.key = "timezone",
     .type = V::String,
     .description = {.en = "IANA zone that decides what today is (default Pacific/Noumea)",
                     .fr = "fuseau IANA qui décide quel jour on est (par défaut Pacific/Noumea)"}},
    {.key = "horizon",
     .type = V::Duration,
     .description = {.en = "default look-ahead (default 30d)",
                     .fr = "période regardée par défaut (par défaut 30d)"}},
    {.key = "report-due-after",
     .type = V::Duration,
     .description =
         {.en = "post-mission report due this long after a meeting ends (default 15d)",
          .fr = "délai du compte rendu de mission après la fin d'une réunion (par défaut 15d)"}},
    {.key = "prospect-stale-after",
     .type = V::Duration,
     .description =
         {.en =
              "a prospect with no contact for this long is stale and due for review (default 90d)",
          .fr = "une piste sans contact depuis ce délai est à relancer (par défaut 90d)"}},
    {.key = "registration-before",
     .type = V::Duration,
     .description =
         {.en =
              "registration falls due this long before a meeting that gives no date (default 30d)",
          .fr = "l'inscription est due ce délai avant une réunion qui ne donne pas de date (par "
                "défaut 30d)"}},
    {.key = "credentials-before",
     .type = V::Duration,
     .description =
         {.en = "credentials fall due this long before a meeting that gives no date (default 15d)",
          .fr = "les pouvoirs sont dus ce délai avant une réunion qui ne donne pas de date (par "
                "défaut 15d)"}},
    {.key = "move-to-working-day",
     .type = V::Bool,
     .description =
         {.en =
              "move a deadline on a weekend or holiday to the previous working day (default false)",
          .fr = "avancer une échéance tombant un week-end ou un jour férié au jour ouvré précédent "
                "(par défaut false)"}},
    {.key = "max-file-size",
     .type = V::Integer,
     .description =
         {.en = "largest record file read, in bytes (default 1048576)",
          .fr = "taille maximale d'un fichier de fiche lu, en octets (par défaut 1048576)"},
     .min = kMinFileSizeSetting,
     .max = kMaxFileSizeCeiling},
    {.key = "holidays",
     .type = V::Object,
     .description = {.en = "public holidays beyond the built-in ones",
                     .fr = "jours fériés en plus de ceux connus d'avance"},
     .list = true,
     .fields = kHoliday},
    {.key = "mail",
     .type = V::Object,
     .description = {.en = "digest e-mail settings", .fr = "réglages du courriel récapitulatif"},
     .fields = kMail},
    {.key = "report",
     .type = V::Object,
     .description = {.en = "report settings", .fr = "réglages des rapports"},
     .fields = kReportSettings},
    {.key = "currency-rates",
     .type = V::Object,
     .description = {.en = "rates the reports convert other currencies to XPF with",
                     .fr = "taux auxquels les rapports convertissent les autres monnaies en XPF"},
     .list = true,
     .fields = kCurrencyRate},
};

constexpr KindSchema kOrganisationSchema{
    "organisation",
    {.en = "A regional or international organisation New Caledonia deals with.",
     .fr = "Une organisation régionale ou internationale avec laquelle la Nouvelle-Calédonie "
           "traite."},
    kOrganisation,
    kCommon};
constexpr KindSchema kEntitySchema{
    "entity",
    {.en = "A New Caledonian actor: government, Congress, province, public body...",
     .fr = "Un acteur calédonien : gouvernement, Congrès, province, établissement public..."},
    kEntity,
    kCommon};
constexpr KindSchema kMeetingSchema{
    "meeting",
    {.en = "A meeting of an organisation, with New Caledonia's delegation and follow-up.",
     .fr = "Une réunion d'une organisation, avec la délégation de la Nouvelle-Calédonie et son "
           "suivi."},
    kMeeting,
    kCommon};
constexpr KindSchema kProspectSchema{
    "prospect",
    {.en = "A partnership being prospected, from first idea to signed agreement.",
     .fr = "Une piste de partenariat, de la première idée à l'accord signé."},
    kProspect,
    kCommon};
constexpr KindSchema kSettingsSchema{"settings",
                                     {.en = "records/multilat.yaml: the desk's settings.",
                                      .fr = "records/multilat.yaml : les réglages du service."},
                                     kSettings,
                                     {}};

}  // namespace

const KindSchema& schema_of(Kind kind) {
  switch (kind) {
    case Kind::Organisation:
      return kOrganisationSchema;
    case Kind::Entity:
      return kEntitySchema;
    case Kind::Meeting:
      return kMeetingSchema;
    case Kind::Prospect:
      return kProspectSchema;
  }
  return kOrganisationSchema;
}

const KindSchema& settings_schema() { return kSettingsSchema; }

const FieldSpec* find_field(std::span<const FieldSpec> fields, std::string_view key) {
  for (const FieldSpec& field : fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

std::string_view value_type_name(ValueType type) {
  switch (type) {
    case V::String:
      return "string";
    case V::Text:
      return "text";
    case V::Id:
      return "id";
    case V::Date:
      return "date";
    case V::Duration:
      return "duration";
    case V::Cadence:
      return "cadence";
    case V::Integer:
      return "integer";
    case V::Amount:
      return "amount";
    case V::Rate:
      return "rate";
    case V::Currency:
      return "currency";
    case V::Bool:
      return "boolean";
    case V::Enum:
      return "enum";
    case V::Url:
      return "url";
    case V::Email:
      return "email";
    case V::RuleId:
      return "rule id";
    case V::Object:
      return "mapping";
  }
  return "value";
}

std::optional<Kind> kind_of_target(RefTarget target) {
  switch (target) {
    case RefTarget::Organisation:
      return Kind::Organisation;
    case RefTarget::Entity:
      return Kind::Entity;
    case RefTarget::Meeting:
      return Kind::Meeting;
    case RefTarget::Prospect:
      return Kind::Prospect;
    case RefTarget::Body:
    case RefTarget::None:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace multilat::schema
