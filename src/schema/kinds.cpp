// The field tables. Adding a field to a kind is one line here; binding, checks, the JSON
// Schema export and docs/records.md all follow from it.
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
     .description = "true when the record is an illustration, not a real commitment"},
    {.key = "tags", .type = V::String, .description = "free labels", .list = true},
    {.key = "notes", .type = V::Text, .description = "free notes"},
    {.key = "silence",
     .type = V::RuleId,
     .description = "check rules this record deliberately does not follow",
     .list = true},
};

constexpr FieldSpec kStatusChange[] = {
    {.key = "status",
     .type = V::Enum,
     .description = "New Caledonia's status from that date",
     .required = true,
     .allowed = kNcStatus},
    {.key = "since", .type = V::Date, .description = "when the status began", .required = true},
    {.key = "source", .type = V::String, .description = "where the fact comes from"},
};
constexpr FieldSpec kBody[] = {
    {.key = "id",
     .type = V::Id,
     .description = "short id that meetings use in `body`",
     .required = true},
    {.key = "name", .type = V::Text, .description = "the body's name", .required = true},
    {.key = "cadence",
     .type = V::Cadence,
     .description =
         "how often it meets: yearly, twice-yearly, every-2-years, every-N-months, irregular"},
    {.key = "month",
     .type = V::Integer,
     .description = "the month it usually meets in (1-12)",
     .min = 1,
     .max = 12},
    {.key = "notes", .type = V::Text, .description = "free notes"},
};
constexpr FieldSpec kContribution[] = {
    {.key = "what", .type = V::Text, .description = "what the contribution is for"},
    {.key = "amount", .type = V::Amount, .description = "amount due", .required = true},
    {.key = "currency", .type = V::Currency, .description = "ISO 4217 code", .required = true},
    {.key = "due", .type = V::Date, .description = "when it is due", .required = true},
    {.key = "paid", .type = V::Date, .description = "when it was paid"},
    {.key = "recurs",
     .type = V::Cadence,
     .description = "for recurring dues: yearly, every-N-months...; `due` is the first occurrence"},
    {.key = "paid-through",
     .type = V::Date,
     .description = "recurring dues: the last due date already paid"},
    {.key = "owner", .type = V::Id, .description = "entity that pays", .ref = R::Entity},
};
constexpr FieldSpec kStrategy[] = {
    {.key = "title", .type = V::Text, .description = "the document's title", .required = true},
    {.key = "period", .type = V::String, .description = "years covered, e.g. 2022-2031"},
    {.key = "input-due", .type = V::Date, .description = "when New Caledonia's input is due"},
    {.key = "input-sent", .type = V::Date, .description = "when the input was sent"},
    {.key = "owner", .type = V::Id, .description = "entity preparing the input", .ref = R::Entity},
    {.key = "link", .type = V::Url, .description = "where the document is published"},
};
constexpr FieldSpec kAction[] = {
    {.key = "what", .type = V::Text, .description = "what is to be done", .required = true},
    {.key = "owner", .type = V::Id, .description = "entity responsible", .ref = R::Entity},
    {.key = "due", .type = V::Date, .description = "when it is due"},
    {.key = "status",
     .type = V::Enum,
     .description = "open (default), done or dropped",
     .allowed = kTaskStatus},
};
constexpr FieldSpec kContact[] = {
    {.key = "name", .type = V::String, .description = "person's name", .required = true},
    {.key = "role", .type = V::String, .description = "position"},
    {.key = "email", .type = V::Email, .description = "e-mail address"},
    {.key = "phone", .type = V::String, .description = "phone number"},
};

constexpr FieldSpec kOrganisation[] = {
    {.key = "name", .type = V::Text, .description = "full name", .required = true},
    {.key = "acronym", .type = V::Text, .description = "acronym, e.g. {fr: CPS, en: SPC}"},
    {.key = "type", .type = V::Enum, .description = "kind of organisation", .allowed = kOrgType},
    {.key = "crop",
     .type = V::Bool,
     .description = "true for agencies of the Council of Regional Organisations of the Pacific"},
    {.key = "headquarters", .type = V::String, .description = "city and country of the seat"},
    {.key = "website", .type = V::Url, .description = "official website"},
    {.key = "nc-status",
     .type = V::Enum,
     .description = "New Caledonia's status today",
     .required = true,
     .allowed = kNcStatus},
    {.key = "nc-since", .type = V::Date, .description = "when the current status began"},
    {.key = "nc-history",
     .type = V::Object,
     .description = "earlier statuses, oldest first; the last one is the current status",
     .list = true,
     .fields = kStatusChange},
    {.key = "focal-point",
     .type = V::Id,
     .description = "entity that leads for New Caledonia",
     .ref = R::Entity},
    {.key = "involved",
     .type = V::Id,
     .description = "other entities involved",
     .list = true,
     .ref = R::Entity},
    {.key = "bodies",
     .type = V::Object,
     .description = "governing bodies",
     .list = true,
     .fields = kBody},
    {.key = "contributions",
     .type = V::Object,
     .description = "dues and contributions",
     .list = true,
     .fields = kContribution},
    {.key = "strategies",
     .type = V::Object,
     .description = "strategic documents New Caledonia contributes to",
     .list = true,
     .fields = kStrategy},
    {.key = "actions",
     .type = V::Object,
     .description = "the action plan",
     .list = true,
     .fields = kAction},
    {.key = "contacts",
     .type = V::Object,
     .description = "people to contact",
     .list = true,
     .fields = kContact},
};

constexpr FieldSpec kFocalPoint[] = {
    {.key = "person", .type = V::String, .description = "name or position", .required = true},
    {.key = "email", .type = V::Email, .description = "where the entity's digest is sent"},
};
constexpr FieldSpec kEntity[] = {
    {.key = "name", .type = V::Text, .description = "full name", .required = true},
    {.key = "acronym", .type = V::Text, .description = "acronym"},
    {.key = "type",
     .type = V::Enum,
     .description = "kind of actor",
     .required = true,
     .allowed = kEntityType},
    {.key = "parent", .type = V::Id, .description = "entity this one belongs to", .ref = R::Entity},
    {.key = "focal-point",
     .type = V::Object,
     .description = "who receives the entity's digest",
     .fields = kFocalPoint},
    {.key = "website", .type = V::Url, .description = "official website"},
};

constexpr FieldSpec kDelegate[] = {
    {.key = "person", .type = V::String, .description = "name or position"},
    {.key = "entity",
     .type = V::Id,
     .description = "entity represented",
     .required = true,
     .ref = R::Entity},
    {.key = "role",
     .type = V::Enum,
     .description = "head, member or adviser",
     .allowed = kDelegationRole},
};
constexpr FieldSpec kMeetingDeadline[] = {
    {.key = "what", .type = V::Text, .description = "what is due", .required = true},
    {.key = "due", .type = V::Date, .description = "when it is due", .required = true},
    {.key = "type",
     .type = V::Enum,
     .description = "registration and credentials replace the derived reminders",
     .allowed = kDeadlineType},
    {.key = "owner", .type = V::Id, .description = "entity responsible", .ref = R::Entity},
    {.key = "done", .type = V::Date, .description = "when it was done"},
    {.key = "lead-days",
     .type = V::Integer,
     .description = "days before it falls due on which the mail digest lists it (overrides the "
                    "settings)",
     .list = true,
     .min = 0,
     .max = 366},
};
constexpr FieldSpec kAgendaItem[] = {
    {.key = "item", .type = V::Text, .description = "agenda item", .required = true},
    {.key = "position", .type = V::Text, .description = "New Caledonia's position"},
    {.key = "lead", .type = V::Id, .description = "entity leading on the item", .ref = R::Entity},
};
constexpr FieldSpec kReport[] = {
    {.key = "due", .type = V::Date, .description = "when the post-mission report is due"},
    {.key = "done", .type = V::Date, .description = "when it was circulated"},
    {.key = "owner", .type = V::Id, .description = "entity writing it", .ref = R::Entity},
    {.key = "link", .type = V::String, .description = "where it is filed"},
};
constexpr FieldSpec kMeeting[] = {
    {.key = "title", .type = V::Text, .description = "the meeting's title", .required = true},
    {.key = "organisation",
     .type = V::Id,
     .description = "convening organisation",
     .required = true,
     .ref = R::Organisation},
    {.key = "body",
     .type = V::Id,
     .description = "one of the organisation's bodies",
     .ref = R::Body},
    {.key = "type", .type = V::Enum, .description = "kind of meeting", .allowed = kMeetingType},
    {.key = "start", .type = V::Date, .description = "first day", .required = true},
    {.key = "end", .type = V::Date, .description = "last day (default: the first day)"},
    {.key = "location", .type = V::String, .description = "city and country"},
    {.key = "virtual", .type = V::Bool, .description = "true when held online"},
    {.key = "status",
     .type = V::Enum,
     .description = "where the meeting stands",
     .required = true,
     .allowed = kMeetingStatus},
    {.key = "delegation",
     .type = V::Object,
     .description = "New Caledonia's delegation",
     .list = true,
     .fields = kDelegate},
    {.key = "deadlines",
     .type = V::Object,
     .description = "what is due before the meeting",
     .list = true,
     .fields = kMeetingDeadline},
    {.key = "agenda",
     .type = V::Object,
     .description = "agenda items and positions",
     .list = true,
     .fields = kAgendaItem},
    {.key = "outcomes", .type = V::Text, .description = "what was decided", .list = true},
    {.key = "follow-up",
     .type = V::Object,
     .description = "what is to be done after",
     .list = true,
     .fields = kAction},
    {.key = "report",
     .type = V::Object,
     .description = "the post-mission report",
     .fields = kReport},
    {.key = "prospects",
     .type = V::Id,
     .description = "prospects discussed",
     .list = true,
     .ref = R::Prospect},
};

constexpr FieldSpec kValue[] = {
    {.key = "amount", .type = V::Amount, .description = "amount", .required = true},
    {.key = "currency", .type = V::Currency, .description = "ISO 4217 code", .required = true},
};
constexpr FieldSpec kNextStep[] = {
    {.key = "what", .type = V::Text, .description = "the next step", .required = true},
    {.key = "due", .type = V::Date, .description = "when it is due"},
    {.key = "owner", .type = V::Id, .description = "entity responsible", .ref = R::Entity},
};
constexpr FieldSpec kHistoryEntry[] = {
    {.key = "date", .type = V::Date, .description = "when it happened", .required = true},
    {.key = "note", .type = V::Text, .description = "what happened", .required = true},
    {.key = "stage",
     .type = V::Enum,
     .description = "stage reached, if it changed",
     .allowed = kStage},
};
constexpr FieldSpec kProspect[] = {
    {.key = "title", .type = V::Text, .description = "the prospect's title", .required = true},
    {.key = "partner",
     .type = V::Id,
     .description = "partner organisation",
     .ref = R::Organisation},
    {.key = "partner-name",
     .type = V::Text,
     .description = "partner not yet recorded as an organisation"},
    {.key = "lead",
     .type = V::Id,
     .description = "entity leading",
     .required = true,
     .ref = R::Entity},
    {.key = "themes", .type = V::String, .description = "themes", .list = true},
    {.key = "stage",
     .type = V::Enum,
     .description = "where the prospect stands",
     .required = true,
     .allowed = kStage},
    {.key = "stage-since", .type = V::Date, .description = "when it reached that stage"},
    {.key = "priority",
     .type = V::Enum,
     .description = "high, medium or low",
     .allowed = kPriority},
    {.key = "instrument",
     .type = V::Enum,
     .description = "the intended instrument",
     .allowed = kInstrument},
    {.key = "value",
     .type = V::Object,
     .description = "value of the partnership",
     .fields = kValue},
    {.key = "next-step",
     .type = V::Object,
     .description = "the next thing to do",
     .fields = kNextStep},
    {.key = "last-contact", .type = V::Date, .description = "last contact with the partner"},
    {.key = "history",
     .type = V::Object,
     .description = "a dated log, oldest first",
     .list = true,
     .fields = kHistoryEntry},
};

constexpr FieldSpec kHoliday[] = {
    {.key = "date", .type = V::Date, .description = "the day", .required = true},
    {.key = "name", .type = V::Text, .description = "what it is"},
};
constexpr FieldSpec kMail[] = {
    {.key = "from", .type = V::Email, .description = "sender address"},
    {.key = "to", .type = V::Email, .description = "the desk's addresses", .list = true},
    {.key = "cc", .type = V::Email, .description = "copied on the desk's digest", .list = true},
    {.key = "cc-desk",
     .type = V::Email,
     .description = "receive the whole digest, every item and meeting, also in a --per-owner run "
                    "(a message of their own, or copied with --desk-full)",
     .list = true},
    {.key = "subject",
     .type = V::Text,
     .description = "the words before the counts in the subject line; written {fr: ..., en: ...}, "
                    "each language has its own, and a language left out gets the built-in words"},
    {.key = "lead-days",
     .type = V::Integer,
     .description = "days before a deadline on which the digest lists it, e.g. [30, 14, 7, 3, 1, "
                    "0]; overdue items are listed every day",
     .list = true,
     .min = 0,
     .max = 366},
    {.key = "smtp-user",
     .type = V::String,
     .description = "user name for --smtp; the password never goes in the records"},
};
constexpr FieldSpec kCurrencyRate[] = {
    {.key = "currency", .type = V::Currency, .description = "ISO 4217 code", .required = true},
    {.key = "xpf",
     .type = V::Rate,
     .description = "how many XPF one unit of the currency is worth",
     .required = true},
    {.key = "date", .type = V::Date, .description = "the day the rate was taken", .required = true},
    {.key = "source", .type = V::String, .description = "where the rate comes from"},
};
constexpr FieldSpec kReportSettings[] = {
    {.key = "marking",
     .type = V::String,
     .description = "classification marking printed on every page of a report, e.g. \"Diffusion "
                    "restreinte\""},
};
constexpr FieldSpec kSettings[] = {
    {.key = "language", .type = V::Enum, .description = "fr (default) or en", .allowed = kLanguage},
    {.key = "timezone",
     .type = V::String,
     .description = "IANA zone that decides what today is (default Pacific/Noumea)"},
    {.key = "horizon", .type = V::Duration, .description = "default look-ahead (default 30d)"},
    {.key = "report-due-after",
     .type = V::Duration,
     .description = "post-mission report due this long after a meeting ends (default 15d)"},
    {.key = "prospect-stale-after",
     .type = V::Duration,
     .description =
         "a prospect with no contact for this long is stale and due for review (default 90d)"},
    {.key = "registration-before",
     .type = V::Duration,
     .description =
         "registration falls due this long before a meeting that gives no date (default 30d)"},
    {.key = "credentials-before",
     .type = V::Duration,
     .description =
         "credentials fall due this long before a meeting that gives no date (default 15d)"},
    {.key = "move-to-working-day",
     .type = V::Bool,
     .description =
         "move a deadline on a weekend or holiday to the previous working day (default false)"},
    {.key = "max-file-size",
     .type = V::Integer,
     .description = "largest record file read, in bytes (default 1048576)",
     .min = kMinFileSizeSetting,
     .max = kMaxFileSizeCeiling},
    {.key = "holidays",
     .type = V::Object,
     .description = "public holidays beyond the built-in ones",
     .list = true,
     .fields = kHoliday},
    {.key = "mail", .type = V::Object, .description = "digest e-mail settings", .fields = kMail},
    {.key = "report", .type = V::Object, .description = "report settings", .fields = kReportSettings},
    {.key = "currency-rates",
     .type = V::Object,
     .description = "rates the reports convert other currencies to XPF with",
     .list = true,
     .fields = kCurrencyRate},
};

constexpr KindSchema kOrganisationSchema{
    "organisation", "A regional or international organisation New Caledonia deals with.",
    kOrganisation, kCommon};
constexpr KindSchema kEntitySchema{
    "entity", "A New Caledonian actor: government, Congress, province, public body...", kEntity,
    kCommon};
constexpr KindSchema kMeetingSchema{
    "meeting", "A meeting of an organisation, with New Caledonia's delegation and follow-up.",
    kMeeting, kCommon};
constexpr KindSchema kProspectSchema{
    "prospect", "A partnership being prospected, from first idea to signed agreement.", kProspect,
    kCommon};
constexpr KindSchema kSettingsSchema{
    "settings", "records/multilat.yaml: the desk's settings.", kSettings, {}};

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
