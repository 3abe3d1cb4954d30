#include "health/modelinfo.h"

#include <catch2/catch.hpp>

namespace {
struct IdCase {
    const char* label;
    const char* id;
    const char* family;
    const char* version;
    const char* display;
};

// Real ids from Anthropic's models overview (current and 2024 naming), plus the hypothetical
// ones DESIGN.md's examples use (claude-opus-5, claude-mythos-5-1).
const IdCase kIdCases[] = {
    { "dated current id", "claude-opus-4-5-20251101", "opus", "4.5", "Claude Opus 4.5" },
    { "undated alias", "claude-opus-4-5", "opus", "4.5", "Claude Opus 4.5" },
    { "single-number version", "claude-opus-5", "opus", "5", "Claude Opus 5" },
    { "new family", "claude-mythos-5-1", "mythos", "5.1", "Claude Mythos 5.1" },
    { "dated single-number version", "claude-sonnet-4-20250514", "sonnet", "4", "Claude Sonnet 4" },
    { "2024 style, version first", "claude-3-5-sonnet-20241022", "sonnet", "3.5", "Claude Sonnet 3.5" },
    { "2024 style, one number", "claude-3-haiku-20240307", "haiku", "3", "Claude Haiku 3" },
    { "-latest alias", "claude-3-7-sonnet-latest", "sonnet", "3.7", "Claude Sonnet 3.7" },
    { "dotted part (Claude Instant)", "claude-instant-1.2", "instant", "1.2", "Claude Instant 1.2" },
    { "no family", "claude-2.1", "", "2.1", "Claude 2.1" },
    { "upper case id", "Claude-Opus-4-5", "opus", "4.5", "Claude Opus 4.5" },
    { "Bedrock-style suffix", "claude-3-5-sonnet-20240620-v1", "sonnet", "3.5", "Claude Sonnet 3.5" },
    { "not a Claude id: shown as is", "gpt-4o", "gpt", "", "gpt-4o" },
    { "empty", "", "", "", "" },
};
} // namespace

TEST_CASE("model ids yield family, version and the current display name", "[modelinfo]")
{
    for (const IdCase& c : kIdCases) {
        SECTION(c.label)
        {
            const ModelInfo m = modelInfoFromId(QString::fromUtf8(c.id));
            CHECK(m.id == QString::fromUtf8(c.id)); // the id is what we probe: never rewritten
            CHECK(m.family == QString::fromUtf8(c.family));
            CHECK(m.version == QString::fromUtf8(c.version));
            CHECK(m.displayName == QString::fromUtf8(c.display));
        }
    }
}

TEST_CASE("a display name from /v1/models wins over the derived one", "[modelinfo]")
{
    const ModelInfo m
        = modelInfoFromId(QStringLiteral("claude-3-5-sonnet-20241022"), QStringLiteral("Claude 3.5 Sonnet"));
    CHECK(m.displayName == QStringLiteral("Claude 3.5 Sonnet"));
    CHECK(m.family == QStringLiteral("sonnet"));
    CHECK(m.version == QStringLiteral("3.5"));
}

TEST_CASE("built-in models are the newest Opus, Sonnet and Haiku", "[modelinfo]")
{
    const QVector<ModelInfo> models = builtinModels();
    REQUIRE(models.size() == 3);
    CHECK(models[0].id == QStringLiteral("claude-opus-4-5"));
    CHECK(models[0].displayName == QStringLiteral("Claude Opus 4.5"));
    CHECK(models[1].id == QStringLiteral("claude-sonnet-4-5"));
    CHECK(models[1].displayName == QStringLiteral("Claude Sonnet 4.5"));
    CHECK(models[2].id == QStringLiteral("claude-haiku-4-5"));
    CHECK(models[2].displayName == QStringLiteral("Claude Haiku 4.5"));
    for (const ModelInfo& m : models)
        CHECK(m.version == QStringLiteral("4.5"));
}

TEST_CASE("an id in the current grammar from family and version", "[modelinfo]")
{
    CHECK(modelIdFor(QStringLiteral("opus"), QStringLiteral("5")) == QStringLiteral("claude-opus-5"));
    CHECK(modelIdFor(QStringLiteral("mythos"), QStringLiteral("5.1")) == QStringLiteral("claude-mythos-5-1"));
    CHECK(modelIdFor(QStringLiteral("Haiku"), QStringLiteral("4.5")) == QStringLiteral("claude-haiku-4-5"));
    CHECK(modelIdFor(QString(), QStringLiteral("2.1")).isEmpty()); // "Claude 2.1" has no family
    CHECK(modelIdFor(QStringLiteral("opus"), QString()).isEmpty());
    const ModelInfo back = modelInfoFromId(modelIdFor(QStringLiteral("fable"), QStringLiteral("5.1")));
    CHECK(back.family == QStringLiteral("fable"));
    CHECK(back.version == QStringLiteral("5.1"));
    CHECK(back.displayName == QStringLiteral("Claude Fable 5.1"));
}
