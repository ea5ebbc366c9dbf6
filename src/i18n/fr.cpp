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
    {"rule.yaml-syntax.explain",
     "Le fichier n'a pas pu être lu comme du YAML, ou il contient plus d'un document. Un fichier de fiche contient un seul ensemble de clés YAML. Vérifiez l'indentation (des espaces, jamais de tabulations), les guillemets et les crochets sur la ligne indiquée et sur celle du dessus."},
    {"rule.yaml-duplicate-key.summary", "une clé figure deux fois dans le même ensemble de clés"},
    {"rule.yaml-duplicate-key.explain",
     "Pour une clé répétée, les lecteurs YAML gardent sans prévenir l'une des deux valeurs : l'autre est perdue. Réunissez les deux valeurs sous une seule clé."},
    {"rule.yaml-anchor.summary", "les ancres et les alias sont interdits"},
    {"rule.yaml-anchor.explain",
     "Les ancres (&nom) et les alias (*nom) peuvent faire gonfler un tout petit fichier jusqu'à des gigaoctets, ou le faire boucler sans fin, et ils cachent des valeurs à qui relit un diff. Écrivez chaque valeur en entier."},
    {"rule.yaml-too-deep.summary", "l'imbrication est trop profonde"},
    {"rule.yaml-too-deep.explain",
     "Une fiche n'a besoin que de quelques niveaux d'imbrication ; la limite est de 64. Une imbrication plus profonde vient presque toujours d'un crochet resté ouvert."},
    {"rule.value-too-long.summary", "une valeur est trop longue"},
    {"rule.value-too-long.explain",
     "Une valeur dépasse 64 Ko. Gardez les longs documents hors des fiches et donnez un lien vers eux."},
    {"rule.file-too-large.summary", "le fichier dépasse la taille maximale"},
    {"rule.file-too-large.explain",
     "Les fichiers de fiche plus gros que max-file-size (1 Mio par défaut, réglable dans multilat.yaml) ne sont pas lus, pour qu'un export égaré ne puisse pas épuiser la mémoire."},
    {"rule.file-encoding.summary", "le fichier n'est pas du texte UTF-8"},
    {"rule.file-encoding.explain",
     "Les fiches sont du texte UTF-8 sans octet NUL. Un fichier en UTF-16 ou en Latin-1, ou une marque d'ordre des octets (BOM) au milieu du fichier, est signalé au premier octet fautif. Enregistrez le fichier en UTF-8."},
    {"rule.file-bom.summary", "le fichier commence par une marque d'ordre des octets (BOM)"},
    {"rule.file-bom.explain",
     "Une marque d'ordre des octets UTF-8 est invisible et apparaît dans les diffs. Enregistrez le fichier en UTF-8 sans BOM."},
    {"rule.file-line-endings.summary", "le fichier a des fins de ligne Windows"},
    {"rule.file-line-endings.explain",
     "Avec des fins de ligne CRLF, chaque ligne diffère dans git. Convertissez le fichier en fins de ligne LF, par exemple avec `git config core.autocrlf input` ou le réglage des fins de ligne de votre éditeur."},
    {"rule.file-empty.summary", "le fichier ne contient aucune fiche"},
    {"rule.file-empty.explain",
     "Un fichier vide, ou qui ne contient que des commentaires, ne définit aucune fiche. Écrivez ses champs, ou supprimez-le."},
    {"rule.file-not-regular.summary", "le chemin d'une fiche n'est pas un fichier ordinaire"},
    {"rule.file-not-regular.explain",
     "Un dossier nommé comme une fiche (x.yaml), un tube nommé (FIFO) ou un lien vers un dossier. Les liens vers des dossiers ne sont jamais suivis, pour qu'une boucle de liens ne puisse pas piéger le parcours."},
    {"rule.file-unreadable.summary", "un fichier ne peut pas être lu"},
    {"rule.file-unreadable.explain",
     "Le fichier existe mais ne peut pas être ouvert : un lien qui ne mène nulle part, une boucle de liens ou des droits insuffisants."},
    {"rule.file-misplaced.summary", "un fichier est hors des dossiers de types"},
    {"rule.file-misplaced.explain",
     "Le type d'une fiche vient de son dossier de premier niveau : organisations/, entities/, meetings/ ou prospects/. Tout autre fichier sous records/ (hormis multilat.yaml et les fichiers cachés) est signalé, pour qu'une fiche rangée dans un dossier mal orthographié ne soit pas ignorée sans prévenir."},
    {"rule.file-extension.summary", "un fichier d'un dossier de type n'est pas un .yaml"},
    {"rule.file-extension.explain",
     "Seuls les fichiers .yaml et .yml sont des fiches. Un autre fichier dans un dossier de type n'est pas lu ; renommez-le ou sortez-le du dossier."},
    {"rule.record-not-mapping.summary", "le document n'est pas un ensemble de clés"},
    {"rule.record-not-mapping.explain",
     "Une fiche est un ensemble YAML de clés et de valeurs, et non une liste ou une valeur isolée."},
    {"rule.key-unknown.summary", "une clé que le schéma ne connaît pas"},
    {"rule.key-unknown.explain",
     "Chaque clé doit être l'un des champs du type de la fiche (voir docs/records.md, ou `multilat schema`). Une clé inconnue est le plus souvent une faute de frappe, et une faute de frappe ne doit pas faire disparaître une valeur sans prévenir."},
    {"rule.field-required.summary", "un champ obligatoire manque ou est vide"},
    {"rule.field-required.explain",
     "Chaque type de fiche a ses champs obligatoires : name et nc-status pour une organisation ; title, organisation, start et status pour une réunion ; et ainsi de suite (voir docs/records.md)."},
    {"rule.field-type.summary", "une valeur n'a pas le bon type"},
    {"rule.field-type.explain",
     "La valeur n'a pas le type du champ : une liste là où une seule valeur est attendue, du texte là où un nombre ou une durée est attendu, une adresse électronique ou web invalide. Ou encore un nombre, ou true/false, écrit sans guillemets là où du texte est attendu (location: 55) : YAML, comme les éditeurs qui valident avec `multilat schema`, y lit un nombre ; mettez-le entre guillemets."},
    {"rule.field-value.summary", "une valeur hors de celles permises"},
    {"rule.field-value.explain",
     "Des champs comme status, stage ou type prennent une valeur parmi une liste fixe, donnée dans docs/records.md. Des nombres comme month ont des bornes."},
    {"rule.date-invalid.summary", "une date qui n'existe pas"},
    {"rule.date-invalid.explain",
     "Les dates s'écrivent AAAA-MM-JJ et doivent exister dans le calendrier : 2025-02-30 et 2025-13-01 sont des erreurs."},
    {"rule.id-invalid.summary", "un identifiant ou un nom de fichier incorrect"},
    {"rule.id-invalid.explain",
     "Un identifiant est fait de lettres minuscules, de chiffres et de traits d'union isolés (crga-55, province-sud). L'identifiant d'une fiche est son nom de fichier sans .yaml : ce nom de fichier doit donc lui aussi être un identifiant valide."},
    {"rule.id-duplicate.summary", "deux fiches ont le même identifiant"},
    {"rule.id-duplicate.explain",
     "Les identifiants sont uniques, tous types confondus, pour que `multilat show ID` ne soit jamais ambigu. Renommez l'un des deux fichiers."},
    {"rule.currency-invalid.summary", "un code de devise inconnu"},
    {"rule.currency-invalid.explain",
     "Les montants portent un code de devise ISO 4217 en majuscules : XPF, EUR, USD, AUD, NZD, etc."},
    {"rule.ref-unknown.summary", "une référence à une fiche qui n'existe pas"},
    {"rule.ref-unknown.explain",
     "Chaque identifiant cité par une fiche (organisation, entité, piste de partenariat) doit être celui d'une fiche de ce type. Le conseil propose l'identifiant existant le plus proche."},
    {"rule.body-unknown.summary", "l'instance d'une réunion n'est pas une instance de son organisation"},
    {"rule.body-unknown.explain",
     "Le champ `body` d'une réunion doit être l'identifiant de l'une des instances (`bodies`) listées dans la fiche de son organisation. Ajoutez l'instance à l'organisation, ou corrigez l'identifiant."},
    {"rule.date-order.summary", "des dates dans le mauvais ordre"},
    {"rule.date-order.explain",
     "Une réunion se termine le jour de son début ou après ; l'historique d'un statut et celui d'une piste de partenariat vont du plus ancien au plus récent."},
    {"rule.deadline-after-meeting.summary", "une échéance de réunion tombe après le début de la réunion"},
    {"rule.deadline-after-meeting.explain",
     "Les échéances d'une réunion (inscription, pouvoirs, documents de position) tombent avant son début. Ce qui est dû après la réunion relève du suivi (follow-up)."},
    {"rule.nc-status-dates.summary", "le statut de la Nouvelle-Calédonie ne concorde pas avec ses dates"},
    {"rule.nc-status-dates.explain",
     "nc-since ne peut pas être dans le futur, nc-status none n'a pas de nc-since, et la dernière entrée de nc-history doit être le statut actuel, à la même date."},
    {"rule.task-overdue.summary", "une action ou un suivi encore ouvert a dépassé son échéance"},
    {"rule.task-overdue.explain",
     "Une action du plan d'action ou un suivi de réunion est encore ouvert après son échéance. Marquez-le fait (done) ou abandonné (dropped), ou convenez d'une nouvelle date."},
    {"rule.meeting-not-held.summary", "une réunion passée est encore prévue ou confirmée"},
    {"rule.meeting-not-held.explain",
     "La réunion est terminée mais son statut est encore planned ou confirmed. Passez-le à held, cancelled ou postponed."},
    {"rule.meeting-no-outcome.summary", "une réunion tenue ne consigne aucun résultat"},
    {"rule.meeting-no-outcome.explain",
     "Une réunion marquée held doit consigner ce qui a été décidé sous `outcomes`, pour le rapport et le suivi."},
    {"rule.delegation-clash.summary", "quelqu'un figure dans deux délégations à la fois"},
    {"rule.delegation-clash.explain",
     "La même personne, ou une entité envoyée sans personne nommée, figure dans les délégations de deux réunions dont les jours se chevauchent (le premier et le dernier jour d'une réunion comptent tous deux : une réunion qui finit le 10 et une autre qui commence le 10 se chevauchent). Les réunions annulées ou reportées ne comptent pas, et deux personnes différentes d'une même entité à deux réunions ne font pas un conflit. Le conflit est signalé une seule fois, sur la réunion la plus tardive. Envoyez quelqu'un d'autre ou, quand une même personne couvre vraiment les deux (un événement en marge, au même endroit), ajoutez delegation-clash à la liste `silence` de cette réunion."},
    {"rule.prospect-stale.summary", "aucun contact avec une piste de partenariat depuis trop longtemps"},
    {"rule.prospect-stale.explain",
     "Une piste de partenariat ouverte dont le dernier contact est plus ancien que prospect-stale-after (90 jours par défaut, réglable dans multilat.yaml) demande de l'attention : consignez le dernier contact, ou passez-la à dropped."},
    {"rule.prospect-partner.summary", "une piste de partenariat doit avoir exactement un partenaire"},
    {"rule.prospect-partner.explain",
     "Donnez `partner` (l'identifiant d'une organisation enregistrée) ou `partner-name` (pour un organisme pas encore enregistré) : l'un des deux, mais pas les deux."},
    {"rule.silence-unknown.summary", "silence cite une règle inconnue"},
    {"rule.silence-unknown.explain",
     "La liste `silence` d'une fiche nomme les règles qu'elle ne suit pas, délibérément. Chacune doit être un identifiant de règle donné par `multilat rules`."},

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
