// The real captures are evidence: each file must still hash to the sha256 PROVENANCE.md lists, and every
// file in the directory must be listed, so a "fixed" fixture or an invented one fails here.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

#include <map>

namespace {

const QString kDir = QStringLiteral(MODELPULSE_FIXTURES "/statuspage");

//! file name → sha256 (hex), from the "<64 hex>  <name>" lines of PROVENANCE.md.
std::map<QString, QByteArray> listedHashes()
{
    QFile f(kDir + QStringLiteral("/PROVENANCE.md"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64})\\s+(\\S+)$"),
                                         QRegularExpression::MultilineOption);
    std::map<QString, QByteArray> out;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out[m.captured(2)] = m.captured(1).toLatin1();
    }
    return out;
}

} // namespace

TEST_CASE("PROVENANCE.md lists the seven captures", "[fixtures]")
{
    const auto hashes = listedHashes();
    CHECK(hashes.size() == 7);
    for (const char* name : { "github_summary_partial_outage.json", "github_incident_major_resolved.json",
                              "github_incident_critical_resolved.json", "parse_history.rss", "streamyard_history.atom",
                              "streamyard_history.rss", "digitalocean_history.atom" }) {
        CAPTURE(name);
        CHECK(hashes.count(QLatin1String(name)) == 1);
    }
}

TEST_CASE("every fixture matches its sha256 in PROVENANCE.md", "[fixtures]")
{
    for (const auto& [name, expected] : listedHashes()) {
        CAPTURE(name.toStdString());
        QFile f(kDir + u'/' + name);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() == expected);
    }
}

TEST_CASE("no unlisted file sits among the fixtures", "[fixtures]")
{
    const auto hashes = listedHashes();
    const QStringList files = QDir(kDir).entryList(QDir::Files | QDir::Hidden);
    CHECK(files.size() == int(hashes.size()) + 1);
    for (const QString& file : files) {
        CAPTURE(file.toStdString());
        CHECK((file == u"PROVENANCE.md" || hashes.count(file) == 1));
    }
}
