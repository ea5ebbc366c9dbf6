// The French catalogue: every message and label of multilat, in French (the desk's language).
// Keep the keys, sections and order the same as en.cpp; a unit test compares the two.
#include "i18n/catalogue.h"

namespace multilat::i18n {
namespace {

constexpr Message kFrench[] = {
    // ---- common words -------------------------------------------------------------------------
    {"word.error.one", "{n} erreur"},
    {"word.error.other", "{n} erreurs"},
    {"word.warning.one", "{n} avertissement"},
    {"word.warning.other", "{n} avertissements"},
    {"word.did-you-mean", "vouliez-vous dire « {guess} » ?"},

    {"word.kind.organisation", "organisation"},
    {"word.kind.entity", "entité"},
    {"word.kind.meeting", "réunion"},
    {"word.kind.prospect", "piste de partenariat"},
    {"session.errors-in-files.one", "{n} erreur dans {files}"},
    {"session.errors-in-files.other", "{n} erreurs dans {files}"},
    {"session.files.one", "{n} fichier"},
    {"session.files.other", "{n} fichiers"},
    {"session.unreadable-files.one", "{n} fichier illisible est laissé de côté"},
    {"session.unreadable-files.other", "{n} fichiers illisibles sont laissés de côté"},
    {"session.warning-errors",
     "attention : les enregistrements ont {errors} ; ce qui suit peut être faux ou incomplet "
     "(voir « multilat check »)"},
    {"session.warning-unreadable",
     "attention : les enregistrements ont {errors}, et {unreadable} ; ce qui suit est incomplet "
     "(voir « multilat check »)"},
    {"session.no-such-id", "{option} : aucune {kind} « {id} »"},
    {"session.no-such-id-guess", "{option} : aucune {kind} « {id} » ; vouliez-vous dire « {guess} » ?"},

    // ---- the command line (src/cli, src/main.cpp) ---------------------------------------------
    {"cli.no-records-root", "aucun dossier records/ ici ni au-dessus ; utilisez --records DOSSIER"},
    {"cli.records-missing", "le dossier d'enregistrements « {dir} » n'existe pas"},
    {"cli.date-does-not-exist", "{option} : le {date} n'existe pas dans le calendrier"},
    {"cli.date-not-iso", "{option} : « {date} » n'est pas une date ; écrivez AAAA-MM-JJ"},
    {"cli.see-help", "Voir « {command} --help »."},
    {"cli.unexpected-arguments", "arguments inattendus : {args}"},
    {"cli.option-needs-value", "{option} attend une valeur"},
    {"cli.option-bad-value", "{option} : valeur invalide"},
    {"cli.option-required", "{option} est obligatoire"},
    {"cli.command-required", "il manque la commande"},
    {"cli.bad-arguments", "arguments invalides : {detail}"},
    {"cli.value-not-allowed", "« {value} » n'est pas permis ; valeurs possibles : {values}"},
    {"cli.value-not-allowed-guess", "« {value} » n'est pas permis ; vouliez-vous dire « {guess} » ?"},
    {"cli.unknown-command", "commande inconnue « {command} » ; « multilat --help » liste les commandes"},
    {"cli.unknown-command-guess", "commande inconnue « {command} » ; vouliez-vous dire « {guess} » ?"},

    {"cli.no-rule", "aucune règle « {rule} » ; « multilat rules » les liste"},
    {"cli.no-rule-guess", "aucune règle « {rule} » ; vouliez-vous dire « {guess} » ?"},
    {"cli.no-such-path", "{path} : aucun fichier ni dossier de ce nom"},
    {"cli.path-outside-records",
     "{path} n'est pas dans le dossier des enregistrements ({root}) ; check ne lit que les "
     "enregistrements"},
    {"cli.explain-heading", "{rule} ({severity}) : {summary}"},
    {"cli.check-verbose", "vérification de {files} fichiers dans {root}/ (aujourd'hui : {today})"},
    {"cli.cannot-create", "impossible de créer {path} : {reason}"},
    {"cli.schema.unknown-kind", "genre inconnu « {kind} » ; utilisez organisation, entity, meeting, prospect ou settings"},
    {"cli.schema.unknown-kind-guess", "genre inconnu « {kind} » ; vouliez-vous dire « {guess} » ?"},
    {"cli.schema.not-a-folder", "{path} n'est pas un dossier ; sans GENRE, -o désigne un dossier"},
    {"cli.schema.would-replace.one", "{files} a un autre contenu ; --force pour le remplacer"},
    {"cli.schema.would-replace.other", "{files} ont un autre contenu ; --force pour les remplacer"},
    {"cli.schema.unchanged", "{path} inchangé"},
    {"cli.schema.wrote", "{path} écrit"},
    {"cli.schema.markdown-all-kinds", "--format markdown documente tous les genres à la fois ; ne donnez pas de GENRE"},
    {"file.cannot-write", "impossible d'écrire {path} : {reason}"},
    {"file.already-exists", "il existe déjà"},
    {"file.is-a-folder", "c'est un dossier"},
    {"file.cannot-read", "impossible de lire {path}"},
    {"file.cannot-read-because", "impossible de lire {path} : {reason}"},
    {"file.not-regular", "{path} existe et n'est pas un fichier ordinaire"},

    // ---- help texts (src/main.cpp, src/cli/*.cpp) ---------------------------------------------
    {"help.app", "multilat : les dossiers du pôle multilatéral de la Nouvelle-Calédonie"},
    {"help.app.footer", "Exemples :\n"
                        "  multilat check                       vérifier tous les dossiers de records/\n"
                        "  multilat summary                     ce que contiennent les dossiers, sur un écran\n"
                        "  multilat deadlines --within 6w       ce qui est dû, les retards d'abord\n"
                        "  multilat agenda --year 2027          les réunions d'une année, avec les délégations\n"
                        "  multilat rules                       les règles de vérification\n"
                        "  multilat schema -o schemas/          les schémas JSON pour les éditeurs\n"
                        "  multilat --records ~/pole/records check\n"
                        "  multilat --lang en deadlines         en anglais\n\n"
                        "Code de sortie : 0 rien à signaler, 1 problèmes trouvés, 2 erreur d'usage ou d'entrée-sortie."},
    {"help.version", "Afficher la version et quitter"},
    {"help.help-flag", "Afficher cette aide et quitter"},
    {"help.global.records", "Dossier des enregistrements (par défaut : le records/ du projet)"},
    {"help.global.today", "Prendre cette date pour aujourd'hui (AAAA-MM-JJ)"},
    {"help.global.lang", "Langue : fr ou en (par défaut : celle des réglages, sinon fr)"},
    {"help.global.color", "Couleur : auto (sur un terminal, sans NO_COLOR), always, never"},
    {"help.metavar.dir", "DOSSIER"},
    {"help.metavar.date", "DATE"},
    {"help.metavar.file", "FICHIER"},
    {"help.group.options", "Options"},
    {"help.group.commands", "Commandes"},
    {"help.label.Usage", "Utilisation"},
    {"help.label.OPTIONS", "OPTIONS"},
    {"help.label.SUBCOMMAND", "COMMANDE"},
    {"help.label.SUBCOMMANDS", "COMMANDES"},
    {"help.label.Positionals", "Arguments"},
    {"help.label.REQUIRED", "OBLIGATOIRE"},
    {"help.label.Env", "Env"},
    {"help.label.TEXT", "TEXTE"},
    {"help.label.Needs", "Requiert"},
    {"help.label.Excludes", "Exclut"},

    {"help.metavar.path", "CHEMIN"},
    {"help.metavar.rule", "RÈGLE"},
    {"help.metavar.kind", "GENRE"},
    {"help.format", "Format de sortie"},
    {"help.strict", "Sortir avec 1 si des enregistrements ont des erreurs"},
    {"help.check", "Vérifier les enregistrements : erreurs et avertissements"},
    {"help.check.paths", "Ne signaler que les problèmes de ces fichiers ou dossiers"},
    {"help.check.strict", "Les avertissements comptent aussi (sortie 1)"},
    {"help.check.explain", "Expliquer une règle, puis quitter"},
    {"help.check.verbose", "Dire ce qui est vérifié"},
    {"help.check.footer",
     "Code de sortie : 0 aucune erreur, 1 des erreurs (ou des avertissements avec --strict), 2 "
     "erreur d'usage ou d'entrée-sortie.\n\n"
     "Exemples :\n"
     "  multilat check                        vérifier tous les enregistrements\n"
     "  multilat check records/meetings/2026  ne signaler que les problèmes d'un dossier\n"
     "  multilat check --strict --format github   en CI, avec des annotations\n"
     "  multilat --today 2027-01-01 check     comme si l'on était le 1er janvier 2027\n"
     "  multilat check --explain ref-unknown  ce que veut dire une règle"},
    {"help.rules", "Lister les règles de vérification"},
    {"help.rules.footer",
     "Exemples :\n"
     "  multilat rules                      chaque règle et sa gravité\n"
     "  multilat check --explain task-overdue   une règle en entier\n"
     "  multilat rules --format json        pour les scripts"},
    {"help.schema", "Exporter les schémas JSON des enregistrements (pour les éditeurs) ou leur référence Markdown"},
    {"help.schema.kind", "organisation, entity, meeting, prospect ou settings (par défaut : tous)"},
    {"help.schema.output", "Écrire dans ce fichier ; sans GENRE, dans ce dossier, un fichier par genre"},
    {"help.schema.force", "Remplacer un fichier dont le contenu diffère"},
    {"help.schema.footer",
     "Sans -o, la sortie va sur la sortie standard. -o écrit de façon atomique, et ne remplace\n"
     "jamais un fichier d'un autre contenu sans --force ; un fichier déjà à jour est laissé tel\n"
     "quel. Le dossier des enregistrements n'est pas lu.\n\n"
     "Exemples :\n"
     "  multilat schema meeting               le schéma JSON d'une réunion\n"
     "  multilat schema -o schemas/           un fichier par genre, pour les éditeurs (docs/editor.md)\n"
     "  multilat schema settings -o multilat.schema.json\n"
     "  multilat schema --format markdown -o docs/records.md --force   régénérer la référence"},
    {"help.summary", "Montrer ce que contiennent les enregistrements, sur un écran"},
    {"help.summary.footer",
     "Exemples :\n"
     "  multilat summary\n"
     "  multilat --records ~/pole/records --today 2027-01-01 summary\n"
     "  multilat summary --strict    sortie 1 si des enregistrements ont des erreurs"},

    // ---- loading and validation (src/load) ----------------------------------------------------
    {"load.not-a-valid-id", "« {id} » n'est pas un identifiant valide"},

    // ---- rules: summary and explanation of each (src/check/rules.cpp) -------------------------
    // Not yet translated: English until the French is written.
    {"rule.yaml-syntax.summary", "the file is not valid YAML"},
    {"rule.yaml-syntax.explain",
     "The file could not be parsed as YAML, or holds more than one document. A record file is one YAML mapping. Check the indentation (spaces, never tabs), the quotes and the brackets on the line shown and the one above it."},
    {"rule.yaml-duplicate-key.summary", "a key appears twice in one mapping"},
    {"rule.yaml-duplicate-key.explain",
     "YAML parsers silently keep one of two values for a repeated key, so the other is lost. Merge the two values under one key."},
    {"rule.yaml-anchor.summary", "anchors and aliases are not allowed"},
    {"rule.yaml-anchor.explain",
     "Anchors (&name) and aliases (*name) can make a tiny file expand into gigabytes, or loop for ever, and they hide values from reviewers reading a diff. Write each value out in full."},
    {"rule.yaml-too-deep.summary", "nesting is too deep"},
    {"rule.yaml-too-deep.explain",
     "Records need only a few levels of nesting; the limit is 64. Deeper nesting is almost always an unclosed bracket."},
    {"rule.value-too-long.summary", "a single value is too long"},
    {"rule.value-too-long.explain",
     "One value is longer than 64 KB. Keep long documents outside the records and link to them."},
    {"rule.file-too-large.summary", "the file is larger than the limit"},
    {"rule.file-too-large.explain",
     "Record files larger than max-file-size (1 MiB by default, set in multilat.yaml) are not read, so that a stray export cannot exhaust memory."},
    {"rule.file-encoding.summary", "the file is not UTF-8 text"},
    {"rule.file-encoding.explain",
     "Records are UTF-8 text without NUL bytes. A UTF-16 file, a Latin-1 file or a byte-order mark in the middle of the file is reported at the first bad byte. Save the file as UTF-8."},
    {"rule.file-bom.summary", "the file starts with a byte-order mark"},
    {"rule.file-bom.explain",
     "A UTF-8 byte-order mark is invisible and shows up in diffs. Save the file as UTF-8 without BOM."},
    {"rule.file-line-endings.summary", "the file has Windows line endings"},
    {"rule.file-line-endings.explain",
     "CRLF line endings make every line differ in git. Convert the file to LF, for example with `git config core.autocrlf input` or your editor's line-ending setting."},
    {"rule.file-empty.summary", "the file holds no record"},
    {"rule.file-empty.explain",
     "An empty file, or one holding only comments, defines no record. Write its fields, or delete it."},
    {"rule.file-not-regular.summary", "a record path is not a regular file"},
    {"rule.file-not-regular.explain",
     "A directory named like a record (x.yaml), a FIFO or a link to a directory. Links to folders are never followed, so that a link loop cannot trap the walk."},
    {"rule.file-unreadable.summary", "a file cannot be read"},
    {"rule.file-unreadable.explain",
     "The file exists but cannot be opened: a dangling link, a link loop, or missing permissions."},
    {"rule.file-misplaced.summary", "a file is outside the kind folders"},
    {"rule.file-misplaced.explain",
     "The kind of a record comes from its top-level folder: organisations/, entities/, meetings/ or prospects/. Anything else under records/ (but multilat.yaml and hidden files) is reported, so that a record in a misspelt folder is not silently ignored."},
    {"rule.file-extension.summary", "a file in a kind folder is not .yaml"},
    {"rule.file-extension.explain",
     "Only .yaml and .yml files are records. Another file in a kind folder is not read; rename it or move it out."},
    {"rule.record-not-mapping.summary", "the document is not a mapping"},
    {"rule.record-not-mapping.explain",
     "A record is one YAML mapping of keys to values, not a list or a single value."},
    {"rule.key-unknown.summary", "a key the schema does not know"},
    {"rule.key-unknown.explain",
     "Every key must be one of the kind's fields (see docs/records.md, or `multilat schema`). An unknown key is usually a typo, and a typo must not silently drop a value."},
    {"rule.field-required.summary", "a required field is missing or empty"},
    {"rule.field-required.explain",
     "Some fields are required for each kind: an organisation's name and nc-status, a meeting's title, organisation, start and status, and so on (see docs/records.md)."},
    {"rule.field-type.summary", "a value has the wrong type"},
    {"rule.field-type.explain",
     "The value does not have the field's type: a list where one value is expected, text where a number or a duration is expected, an invalid e-mail or web address. Also a plain number or true/false where text is expected (location: 55): YAML, and editors validating with `multilat schema`, read it as a number, so put it in quotes."},
    {"rule.field-value.summary", "a value is outside its allowed set"},
    {"rule.field-value.explain",
     "Fields such as status, stage or type take one of a fixed set of values, listed in docs/records.md. Numbers such as month have a range."},
    {"rule.date-invalid.summary", "a date that does not exist"},
    {"rule.date-invalid.explain",
     "Dates are written YYYY-MM-DD and must exist on the calendar: 2025-02-30 and 2025-13-01 are errors."},
    {"rule.id-invalid.summary", "a bad id or file name"},
    {"rule.id-invalid.explain",
     "Ids are lowercase letters, digits and single hyphens (crga-55, province-sud). A record's id is its file name without .yaml, so the file name must be a valid id too."},
    {"rule.id-duplicate.summary", "two records have the same id"},
    {"rule.id-duplicate.explain",
     "Ids are unique across all kinds, so that `multilat show ID` is never ambiguous. Rename one of the two files."},
    {"rule.currency-invalid.summary", "an unknown currency code"},
    {"rule.currency-invalid.explain",
     "Amounts carry an ISO 4217 currency code in capitals: XPF, EUR, USD, AUD, NZD..."},
    {"rule.ref-unknown.summary", "a reference to a record that does not exist"},
    {"rule.ref-unknown.explain",
     "Every id a record names (organisation, entity, prospect) must be the id of a record of that kind. The hint suggests the closest existing id."},
    {"rule.body-unknown.summary", "a meeting's body is not one of its organisation's bodies"},
    {"rule.body-unknown.explain",
     "A meeting's `body` must be the id of one of the `bodies` listed in its organisation's record. Add the body to the organisation, or fix the id."},
    {"rule.date-order.summary", "dates in the wrong order"},
    {"rule.date-order.explain",
     "A meeting ends on or after its start; a status history and a prospect's history are listed oldest first."},
    {"rule.deadline-after-meeting.summary", "a meeting deadline falls after the meeting starts"},
    {"rule.deadline-after-meeting.explain",
     "A meeting's deadlines (registration, credentials, position papers) are due before it starts. Work due after the meeting belongs in follow-up."},
    {"rule.nc-status-dates.summary", "New Caledonia's status disagrees with its dates"},
    {"rule.nc-status-dates.explain",
     "nc-since cannot be in the future, nc-status none has no nc-since, and the last entry of nc-history must be the current status with the same date."},
    {"rule.task-overdue.summary", "an open action or follow-up is past due"},
    {"rule.task-overdue.explain",
     "An action-plan item or a meeting follow-up is still open after its due date. Mark it done or dropped, or agree a new date."},
    {"rule.meeting-not-held.summary", "a past meeting is still planned or confirmed"},
    {"rule.meeting-not-held.explain",
     "The meeting has ended but its status is still planned or confirmed. Set it to held, cancelled or postponed."},
    {"rule.meeting-no-outcome.summary", "a held meeting has no outcomes"},
    {"rule.meeting-no-outcome.explain",
     "A meeting marked held should record what was decided under `outcomes`, for the report and the follow-up."},
    {"rule.delegation-clash.summary", "someone is in two delegations at once"},
    {"rule.delegation-clash.explain",
     "The same person, or an entity sent without a named person, is in the delegations to two meetings whose days overlap (a meeting's first and last days both count, so one ending on the 10th and one starting on the 10th overlap). Cancelled and postponed meetings are left out, and two different people of one entity at two meetings is not a clash. It is reported once, on the later meeting. Send someone else, or, when one person really covers both (a side event in the same venue), add delegation-clash to that meeting's `silence` list."},
    {"rule.prospect-stale.summary", "no contact with a prospect for too long"},
    {"rule.prospect-stale.explain",
     "An open prospect whose last contact is older than prospect-stale-after (90 days by default, set in multilat.yaml) needs attention: record the last contact, or move it to dropped."},
    {"rule.prospect-partner.summary", "a prospect needs exactly one partner"},
    {"rule.prospect-partner.explain",
     "Give `partner` (the id of a recorded organisation) or `partner-name` (for a body not yet recorded), not both and not neither."},
    {"rule.silence-unknown.summary", "silence names an unknown rule"},
    {"rule.silence-unknown.explain",
     "A record's `silence` list names rules it deliberately does not follow. Each must be a rule id from `multilat rules`."},

    // ---- check messages and output (src/check, src/render/check_*) ----------------------------
    {"check.severity.error", "erreur"},
    {"check.severity.warning", "avertissement"},

    // ---- calendar: dates, deadlines, agenda (src/calendar, src/render) ------------------------
    {"cal.overdue-heading", "EN RETARD"},

    // ---- summary (src/cli/summary.cpp) --------------------------------------------------------
    {"summary.heading", "Enregistrements de {root}/, aujourd'hui {today}"},
    {"summary.heading-as-of", "Enregistrements de {root}/, au {today}"},
    {"summary.organisations.one", "{n} organisation"},
    {"summary.organisations.other", "{n} organisations"},
    {"summary.entities.one", "{n} entité"},
    {"summary.entities.other", "{n} entités"},
    {"summary.meetings.one", "{n} réunion"},
    {"summary.meetings.other", "{n} réunions"},
    {"summary.prospects.one", "{n} piste de partenariat"},
    {"summary.prospects.other", "{n} pistes de partenariat"},
    {"summary.nc-status", "statut de la Nouvelle-Calédonie : {tally}"},
    {"summary.tally-item", "{value} : {count}"},
    {"summary.examples.one", "(dont {n} exemple)"},
    {"summary.examples.other", "(dont {n} exemples)"},
    {"value.nc-status.member", "membre"},
    {"value.nc-status.associate-member", "membre associé"},
    {"value.nc-status.observer", "observateur"},
    {"value.nc-status.participant", "participant"},
    {"value.nc-status.none", "aucun"},
    {"value.status.planned", "prévue"},
    {"value.status.confirmed", "confirmée"},
    {"value.status.held", "tenue"},
    {"value.status.cancelled", "annulée"},
    {"value.status.postponed", "reportée"},
    {"value.stage.idea", "idée"},
    {"value.stage.contacted", "premier contact"},
    {"value.stage.exploring", "exploration"},
    {"value.stage.proposal", "proposition"},
    {"value.stage.negotiating", "négociation"},
    {"value.stage.signed", "signée"},
    {"value.stage.declined", "refusée"},
    {"value.stage.dropped", "abandonnée"},
    {"summary.next-meetings", "Prochaines réunions"},
};

}  // namespace

std::span<const Message> french_catalogue() { return kFrench; }

}  // namespace multilat::i18n
