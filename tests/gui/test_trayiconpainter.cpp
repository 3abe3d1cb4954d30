#include "trayiconpainter.h"

#include <QImage>
#include <catch2/catch.hpp>

namespace {
const QVector<HealthState> kAllStates { HealthState::Operational,      HealthState::DegradedPerformance,
                                        HealthState::PartialOutage,    HealthState::MajorOutage,
                                        HealthState::UnderMaintenance, HealthState::Unknown };

QImage image(HealthState s, int size, qreal dpr, bool stale = false)
{
    return TrayIconPainter::render(s, size, dpr, stale).toImage().convertToFormat(QImage::Format_ARGB32);
}

int opaquePixels(const QImage& img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += qAlpha(img.pixel(x, y)) > 128 ? 1 : 0;
    return n;
}

int differingPixels(const QImage& a, const QImage& b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("every state paints differently from every other, at every size and ratio", "[icons]")
{
    for (int size : TrayIconPainter::sizes()) {
        for (qreal dpr : { 1.0, 2.0 }) {
            for (int i = 0; i < kAllStates.size(); ++i) {
                for (int j = i + 1; j < kAllStates.size(); ++j) {
                    INFO("size " << size << " dpr " << dpr << " states " << i << "," << j);
                    const QImage a = image(kAllStates[i], size, dpr);
                    const QImage b = image(kAllStates[j], size, dpr);
                    CHECK(a.size() == QSize(qRound(size * dpr), qRound(size * dpr)));
                    // A real difference, not a stray pixel: at least a tenth of the icon.
                    CHECK(differingPixels(a, b) > a.width() * a.height() / 10);
                }
            }
        }
    }
}

TEST_CASE("a stale icon differs from the fresh one and is dimmer", "[icons]")
{
    for (HealthState s : kAllStates) {
        const QImage fresh = image(s, 22, 1.0);
        const QImage stale = image(s, 22, 1.0, true);
        CHECK(differingPixels(fresh, stale) > 50);
        CHECK(opaquePixels(stale) < opaquePixels(fresh));
    }
}

TEST_CASE("icons are legible at 16 px: enough opaque pixels and a dark outline", "[icons]")
{
    for (HealthState s : kAllStates) {
        for (qreal dpr : { 1.0, 2.0 }) {
            const QImage img = image(s, 16, dpr);
            const int total = img.width() * img.height();
            INFO(healthStateKey(s).toStdString() << " dpr " << dpr);
            CHECK(opaquePixels(img) > total / 3);
            // Some pixels dark (the outline, for light panels) and some bright (the fill/glyph, for dark panels).
            int dark = 0;
            int bright = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QRgb p = img.pixel(x, y);
                    if (qAlpha(p) < 128)
                        continue;
                    dark += qGray(p) < 80 ? 1 : 0;
                    bright += qGray(p) > 150 ? 1 : 0;
                }
            CHECK(dark > 0);
            CHECK(bright > 0);
        }
    }
}

TEST_CASE("outage icons are red, operational green", "[icons]")
{
    const QImage red = image(HealthState::PartialOutage, 32, 1.0);
    const QRgb inner = red.pixel(7, 7);
    CHECK(qRed(inner) > 180);
    CHECK(qGreen(inner) < 90);
    const QImage green = image(HealthState::Operational, 32, 1.0);
    const QRgb g = green.pixel(16, 5); // inside the fill, above the check mark
    CHECK(qGreen(g) > qRed(g));
}

TEST_CASE("icons are cached and carry every size", "[icons]")
{
    TrayIconPainter painter;
    const QIcon a = painter.iconFor(HealthState::DegradedPerformance, false);
    const QIcon b = painter.iconFor(HealthState::DegradedPerformance, false);
    CHECK(a.cacheKey() == b.cacheKey());
    CHECK(painter.iconFor(HealthState::DegradedPerformance, true).cacheKey() != a.cacheKey());
    for (int size : TrayIconPainter::sizes())
        CHECK(a.availableSizes().contains(QSize(size, size)));
    CHECK(painter.pixmapFor(HealthState::Unknown, 16, 2.0).deviceIndependentSize() == QSizeF(16, 16));
}
