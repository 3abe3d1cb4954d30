#include "options.h"

#include "net/urlpolicy.h"
#include "providers/providerprofile.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstring>

namespace {
// lupdate extracts tr() only with a class context: Tr::tr() translates in the "AppOptions" context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

const QString kDefaultStatusUrl = Providers::anthropic().statusUrl.toString();
const QString kDefaultApiUrl = Providers::anthropic().apiBase.toString();
} // namespace

namespace {
/*! \brief Test hooks: shorter delays and intervals so tests and benchmarks run in seconds, not minutes. */
struct HiddenIntOption {
    QString name;
    Given<int> ConfigOverrides::*field;
    int minimum;
    QString (*description)();
};

const QVector<HiddenIntOption>& hiddenIntOptions()
{
    static const QVector<HiddenIntOption> options {
        { QStringLiteral("confirm-delay-ms"), &ConfigOverrides::confirmDelayMs, 0,
          [] { return Tr::tr("Delay before a confirmation probe."); } },
        { QStringLiteral("timeout-ms"), &ConfigOverrides::timeoutMs, 100,
          [] { return Tr::tr("Timeout of each request."); } },
        { QStringLiteral("slow-ms"), &ConfigOverrides::slowMs, 1,
          [] { return Tr::tr("Latency above which a probe counts as slow."); } },
        { QStringLiteral("poll-interval-sec"), &ConfigOverrides::pollIntervalSec, 1,
          [] { return Tr::tr("Status page poll interval (overrides the settings)."); } },
        { QStringLiteral("probe-interval-sec"), &ConfigOverrides::probeIntervalSec, 1,
          [] { return Tr::tr("Probe interval per model (overrides the settings)."); } },
    };
    return options;
}
} // namespace

void addAppOptions(QCommandLineParser& parser)
{
    // The two readers of the stored history are dispatched before this parser (main.cpp); --help names them here.
    parser.setApplicationDescription(
        Tr::tr("ModelPulse shows whether Claude works for you right now, per model: the official status page "
               "and your own one-token test prompts.")
        + QStringLiteral("\n\n")
        + Tr::tr("The stored history, offline (no network, no key):\n"
                 "  modelpulse history [--json|--csv] [--range 24h|7d|30d|90d|1y]\n"
                 "  modelpulse --status-line [--format text|json]\n"
                 "Each has its own --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("once"), Tr::tr("Check once, print the result and exit (no tray).") },
        { QStringLiteral("json"), Tr::tr("With --once: print one JSON object (schema 1).") },
        { QStringLiteral("no-probes"), Tr::tr("Official status feed only; send no test prompts.") },
        { QStringLiteral("status-url"),
          Tr::tr("Statuspage base URL (default %1); PROVIDER=URL sets another provider's page.").arg(kDefaultStatusUrl),
          Tr::tr("url") },
        { QStringLiteral("providers"),
          Tr::tr("Watched providers, comma separated: %1 (default anthropic).")
              .arg(Providers::ids().join(QStringLiteral(", "))),
          Tr::tr("ids") },
        { QStringLiteral("api-url"), Tr::tr("API base URL (default %1).").arg(kDefaultApiUrl), Tr::tr("url") },
        { QStringLiteral("models"), Tr::tr("Watched model ids, comma separated."), Tr::tr("ids") },
        { QStringLiteral("lang"), Tr::tr("User interface language: ko or en (default: system)."), Tr::tr("lang") },
        { QStringLiteral("data-dir"), Tr::tr("Where history and state are kept."), Tr::tr("dir") },
        { QStringLiteral("demo"), Tr::tr("Run against the built-in simulated provider (no key, no network).") },
    });
    QCommandLineOption settingsFile(QStringLiteral("settings"), Tr::tr("Settings file to read."), Tr::tr("file"));
    settingsFile.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(settingsFile);
    for (const HiddenIntOption& o : hiddenIntOptions()) {
        QCommandLineOption option(o.name, o.description(), Tr::tr("n"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

static std::optional<QUrl> readUrl(const QString& text, QString* error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.contains(u"://")) {
        *error = Tr::tr("“%1” is not a URL; write it with https://.").arg(text);
        return std::nullopt;
    }
    if (auto refused = refuseUrl(url)) {
        *error = *refused;
        return std::nullopt;
    }
    return url.adjusted(QUrl::StripTrailingSlash);
}

static std::optional<int> readPositiveInt(const QString& text, const QString& name, QString* error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        *error = Tr::tr("%1 needs a non-negative number, got “%2”.").arg(name, text);
        return std::nullopt;
    }
    return value;
}

namespace {
/*! \brief The option's value, else the environment's; "given" when either is set (an empty value is bad usage). */
std::optional<QString> optionOrEnv(const QCommandLineParser& parser, const QProcessEnvironment& env,
                                   const QString& option, const QString& variable)
{
    if (parser.isSet(option))
        return parser.values(option).constLast();
    if (!variable.isEmpty() && env.contains(variable))
        return env.value(variable);
    return std::nullopt;
}

bool readStatusUrls(const QStringList& values, ConfigOverrides& o, QString* error)
{
    for (const QString& text : values) {
        // "openai=https://…" names a provider; a bare URL is Anthropic's page (as before providers existed).
        QString provider = Providers::anthropic().id;
        QString urlText = text;
        const qsizetype eq = text.indexOf(u'=');
        const qsizetype scheme = text.indexOf(u"://");
        if (eq > 0 && (scheme < 0 || eq < scheme)) {
            provider = text.left(eq).trimmed().toLower();
            urlText = text.mid(eq + 1);
            if (!Providers::byId(provider)) {
                *error = Tr::tr("Unknown provider “%1” (known: %2).")
                             .arg(provider, Providers::ids().join(QStringLiteral(", ")));
                return false;
            }
        }
        auto url = readUrl(urlText, error);
        if (!url)
            return false;
        o.statusUrls.insert(provider, *url);
    }
    return true;
}
} // namespace

std::optional<AppOptions> readAppOptions(const QCommandLineParser& parser, const QProcessEnvironment& env,
                                         QString* error)
{
    AppOptions a;
    ConfigOverrides& o = a.overrides;
    a.once = parser.isSet(QStringLiteral("once"));
    a.json = parser.isSet(QStringLiteral("json"));
    o.noProbes = parser.isSet(QStringLiteral("no-probes"));
    a.demo = o.demo = parser.isSet(QStringLiteral("demo"));
    if (a.json && !a.once) {
        *error = Tr::tr("--json only makes sense with --once.");
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Tr::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    // An empty value is a mistake, not "use the default": with `--api-url ''` falling back, the key would go to the
    // very host the user meant to replace. Every value-taking option and every variable we read.
    for (const QString& name : parser.optionNames()) {
        for (const QString& value : parser.values(name)) { // flags have no values
            if (value.trimmed().isEmpty()) {
                *error = Tr::tr("--%1 needs a value; it was given an empty one.").arg(name);
                return std::nullopt;
            }
        }
    }
    for (const char* variable : { "MODELPULSE_STATUS_URL", "MODELPULSE_API_URL", "MODELPULSE_MODELS",
                                  "MODELPULSE_PROVIDERS", "MODELPULSE_DATA_DIR" }) {
        const QString name = QString::fromLatin1(variable);
        if (env.contains(name) && env.value(name).trimmed().isEmpty()) {
            *error = Tr::tr("%1 is set but empty; unset it or give it a value.").arg(name);
            return std::nullopt;
        }
    }

    QStringList statusValues = parser.values(QStringLiteral("status-url"));
    if (statusValues.isEmpty() && env.contains(QStringLiteral("MODELPULSE_STATUS_URL")))
        statusValues = env.value(QStringLiteral("MODELPULSE_STATUS_URL")).split(u',', Qt::SkipEmptyParts);
    if (statusValues.isEmpty() && env.contains(QStringLiteral("MODELPULSE_STATUS_URL"))) {
        *error = Tr::tr("%1 names no URL.").arg(QStringLiteral("MODELPULSE_STATUS_URL"));
        return std::nullopt;
    }
    if (!readStatusUrls(statusValues, o, error))
        return std::nullopt;

    if (const auto apiText
        = optionOrEnv(parser, env, QStringLiteral("api-url"), QStringLiteral("MODELPULSE_API_URL"))) {
        auto api = readUrl(*apiText, error);
        if (!api)
            return std::nullopt;
        o.apiUrl.set(*api);
    }

    if (const auto models = optionOrEnv(parser, env, QStringLiteral("models"), QStringLiteral("MODELPULSE_MODELS"))) {
        QStringList ids;
        for (const QString& id : models->split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = id.trimmed();
            // The same rule as the watched models in the settings: one definition of a valid id.
            if (const auto refused = Settings::validate(Settings::Key::WatchedModels, QStringList { trimmed })) {
                *error = *refused;
                return std::nullopt;
            }
            if (!ids.contains(trimmed))
                ids.append(trimmed);
        }
        if (ids.isEmpty()) {
            *error = Tr::tr("--models needs at least one model id.");
            return std::nullopt;
        }
        o.models.set(ids);
    }

    if (const auto providers
        = optionOrEnv(parser, env, QStringLiteral("providers"), QStringLiteral("MODELPULSE_PROVIDERS"))) {
        QStringList ids;
        for (const QString& id : providers->split(u',', Qt::SkipEmptyParts)) {
            const QString p = id.trimmed().toLower();
            if (!Providers::byId(p)) {
                *error
                    = Tr::tr("Unknown provider “%1” (known: %2).").arg(p, Providers::ids().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (!ids.contains(p))
                ids << p;
        }
        if (ids.isEmpty()) {
            *error = Tr::tr("--providers needs at least one of: %1.").arg(Providers::ids().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        o.providers.set(ids);
    }

    a.lang = parser.value(QStringLiteral("lang")).toLower();
    if (!a.lang.isEmpty() && a.lang != u"ko" && a.lang != u"en") {
        *error = Tr::tr("--lang must be ko or en, got “%1”.").arg(a.lang);
        return std::nullopt;
    }
    a.dataDir = parser.value(QStringLiteral("data-dir"));
    if (a.dataDir.isEmpty())
        a.dataDir = env.value(QStringLiteral("MODELPULSE_DATA_DIR"));
    if (a.dataDir.isEmpty())
        a.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.dataDir = a.dataDir;
    a.settingsFile = parser.value(QStringLiteral("settings"));

    for (const HiddenIntOption& h : hiddenIntOptions()) {
        if (!parser.isSet(h.name))
            continue;
        auto v = readPositiveInt(parser.value(h.name), QStringLiteral("--") + h.name, error);
        if (!v)
            return std::nullopt;
        (o.*h.field).set(std::max(h.minimum, *v));
    }
    return a;
}

bool isHeadlessInvocation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        // --json without --once is bad usage: answer it headless too, not with a display error.
        for (const char* flag : { "--once", "--json", "--help", "-h", "--help-all", "--version", "-v", "-?" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

QString installTranslator(const QString& lang)
{
    // Ours and Qt's own (dialog buttons, "Usage:", network errors), replaced together on a language change.
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    if (!ours) {
        ours = new QTranslator(QCoreApplication::instance());
        qt = new QTranslator(QCoreApplication::instance());
    }
    QCoreApplication::removeTranslator(ours);
    QCoreApplication::removeTranslator(qt);
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    const bool korean = locale.language() == QLocale::Korean;
    // Any other language falls back to English: its .qm carries the plural forms ("%n model(s)").
    const QLocale uiLocale = korean ? locale : QLocale(QLocale::English, QLocale::UnitedStates);
    // Dates, times and numbers speak the chosen language too: `--lang ko` under an English LANG writes
    // "2026. 12. 1. 오후 7:39", not "12/1/26 7:39 PM". Without a choice the system's formats stay.
    QLocale::setDefault(lang.isEmpty() ? QLocale::system() : uiLocale);
    if (ours->load(uiLocale, QStringLiteral("modelpulse"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    if (korean
        && qt->load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return korean ? QStringLiteral("ko") : QStringLiteral("en");
}
