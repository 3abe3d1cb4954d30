#pragma once
// The words the end-to-end notification test expects on the bus, in English and in Korean: the sources of
// app/core/notify/notificationtexts.cpp and their translations in translations/modelpulse_ko.ts, written out by hand
// so that a changed or missing translation fails the test instead of being copied into it.

#include <QLocale>
#include <QString>

namespace notifywords {

struct Words {
    QLocale locale;
    QString partial, major; // health states
    QString alarm; // "%1: %2"
    QString ahead, continues, officialIncident;
    QString details, snooze, statusPage;
    QString maintenanceIn, minutes, scheduledFromTo, started, scheduledUntil, affects;
    QString offlineTitle, offlineBody;
    QString failures;
    QString backAfter, recoveredFrom;
    QString detailsWindow;
};

inline Words english()
{
    return { QLocale(QLocale::English, QLocale::UnitedStates),
             QStringLiteral("Partial outage"),
             QStringLiteral("Major outage"),
             QStringLiteral("%1: %2"),
             QStringLiteral("Ahead of the official status page: our test prompts fail, the page does not say so yet."),
             QStringLiteral("The outage continues."),
             QStringLiteral("Official incident: %1"),
             QStringLiteral("Details"),
             QStringLiteral("Snooze 1 h"),
             QStringLiteral("Open status page"),
             QStringLiteral("Maintenance in %1: %2"),
             QStringLiteral("%1 min"),
             QStringLiteral("Scheduled from %1 to %2."),
             QStringLiteral("Maintenance started: %1"),
             QStringLiteral("Scheduled until %1."),
             QStringLiteral("Affects: %1"),
             QStringLiteral("You are offline"),
             QStringLiteral("Cannot connect to %1 — this is not an outage of Claude."),
             QStringLiteral("%1 failed probes in a row"),
             QStringLiteral("%1 is back to normal after %2"),
             QStringLiteral("Recovered from: %1."),
             QStringLiteral("%1 — details") };
}

inline Words korean()
{
    return { QLocale(QLocale::Korean, QLocale::SouthKorea),
             QStringLiteral("부분 장애"),
             QStringLiteral("주요 장애"),
             QStringLiteral("%1: %2"),
             QStringLiteral(
                 "공식 상태 페이지보다 먼저 감지: 테스트 프롬프트는 실패하지만 페이지에는 아직 나오지 않았습니다."),
             QStringLiteral("장애가 계속되고 있습니다."),
             QStringLiteral("공식 인시던트: %1"),
             QStringLiteral("자세히"),
             QStringLiteral("1시간 알림 끄기"),
             QStringLiteral("상태 페이지 열기"),
             QStringLiteral("%1 후 점검: %2"),
             QStringLiteral("%1분"),
             QStringLiteral("%1부터 %2까지 예정되어 있습니다."),
             QStringLiteral("점검 시작: %1"),
             QStringLiteral("%1까지 예정되어 있습니다."),
             QStringLiteral("영향: %1"),
             QStringLiteral("오프라인 상태입니다"),
             QStringLiteral("%1에 연결할 수 없음 — Claude 장애가 아닙니다."),
             QStringLiteral("테스트 %1회 연속 실패"),
             QStringLiteral("%1: %2 만에 정상"),
             QStringLiteral("%1에서 복구되었습니다."),
             QStringLiteral("%1 — 세부 정보") };
}

} // namespace notifywords
