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

    // ---- loading and validation (src/load) ----------------------------------------------------
    {"load.not-a-valid-id", "« {id} » n'est pas un identifiant valide"},

    // ---- rules: summary and explanation of each (src/check/rules.cpp) -------------------------
    {"rule.yaml-syntax.summary", "le fichier n'est pas du YAML valide"},

    // ---- check messages and output (src/check, src/render/check_*) ----------------------------
    {"check.severity.error", "erreur"},
    {"check.severity.warning", "avertissement"},

    // ---- calendar: dates, deadlines, agenda (src/calendar, src/render) ------------------------
    {"cal.overdue-heading", "EN RETARD"},

    // ---- summary (src/cli/summary.cpp) --------------------------------------------------------
    {"summary.next-meetings", "Prochaines réunions"},
};

}  // namespace

std::span<const Message> french_catalogue() { return kFrench; }

}  // namespace multilat::i18n
