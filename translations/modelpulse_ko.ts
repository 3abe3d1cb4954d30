<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>ApiKeyBox</name>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>A key is stored in the keychain</source>
        <translation>키가 키체인에 저장되어 있습니다</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>저장된 키 없음</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>새 키 붙여 넣기</translation>
    </message>
    <message>
        <source>Paste your Anthropic API key</source>
        <translation>Anthropic API 키를 붙여 넣으세요</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>키 바꾸기</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>키 저장</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <source>With a key, ModelPulse sends one tiny test prompt per model at the probe interval. The key is kept in the system keychain, never in the settings file.</source>
        <translation>키가 있으면 ModelPulse가 테스트 간격마다 모델별로 아주 작은 테스트 프롬프트를 하나씩 보냅니다. 키는 설정 파일이 아닌 시스템 키체인에만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>No keychain (Secret Service) is available — probes are off. Set ANTHROPIC_API_KEY or install gnome-keyring / KWallet.</source>
        <translation>키체인(Secret Service)을 사용할 수 없어 테스트가 꺼졌습니다. ANTHROPIC_API_KEY를 설정하거나 gnome-keyring / KWallet을 설치하세요.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API 키가 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) — is it locked? Probes are off until it answers.</source>
        <translation>
            <numerusform>키체인이 %n초 안에 응답하지 않았습니다 — 잠겨 있나요? 응답할 때까지 테스트가 꺼집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key is stored.</source>
        <translation>저장된 API 키가 없습니다.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>키체인 접근이 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>키체인 오류: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>ModelPulse shows whether Claude works for you right now, per model: the official status page and your own one-token test prompts.</source>
        <translation>ModelPulse는 지금 Claude가 제대로 동작하는지 모델별로 보여 줍니다. 공식 상태 페이지와 직접 보내는 1토큰 테스트 프롬프트를 함께 확인합니다.</translation>
    </message>
    <message>
        <source>Check once, print the result and exit (no tray).</source>
        <translation>한 번 확인하고 결과를 출력한 뒤 종료합니다(트레이 없음).</translation>
    </message>
    <message>
        <source>With --once: print one JSON object (schema 1).</source>
        <translation>--once와 함께: JSON 객체 하나를 출력합니다(스키마 1).</translation>
    </message>
    <message>
        <source>Official status feed only; send no test prompts.</source>
        <translation>공식 상태 피드만 확인합니다(테스트 프롬프트 없음).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>API base URL (default %1).</source>
        <translation>API 기본 URL(기본값 %1).</translation>
    </message>
    <message>
        <source>Watched model ids, comma separated.</source>
        <translation>감시할 모델 ID(쉼표로 구분).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>User interface language: ko or en (default: system).</source>
        <translation>인터페이스 언어: ko 또는 en(기본값: 시스템).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Where history and state are kept.</source>
        <translation>기록과 상태를 저장할 위치.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Run against the built-in simulated provider (no key, no network).</source>
        <translation>내장 시뮬레이션 제공자로 실행합니다(키, 네트워크 불필요).</translation>
    </message>
    <message>
        <source>Delay before a confirmation probe.</source>
        <translation>확인 테스트 전 대기 시간.</translation>
    </message>
    <message>
        <source>Timeout of each request.</source>
        <translation>요청별 제한 시간.</translation>
    </message>
    <message>
        <source>Latency above which a probe counts as slow.</source>
        <translation>테스트를 느림으로 판단하는 지연 시간 기준.</translation>
    </message>
    <message>
        <source>“%1” is not a URL; write it with https://.</source>
        <translation>“%1”은(는) URL이 아닙니다. https://를 붙여 쓰세요.</translation>
    </message>
    <message>
        <source>%1 needs a non-negative number, got “%2”.</source>
        <translation>%1에는 0 이상의 숫자가 필요합니다(입력값: “%2”).</translation>
    </message>
    <message>
        <source>--json only makes sense with --once.</source>
        <translation>--json은 --once와 함께만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>알 수 없는 인수: “%1”.</translation>
    </message>
    <message>
        <source>--lang must be ko or en, got “%1”.</source>
        <translation>--lang은 ko 또는 en이어야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <source>Status page poll interval (overrides the settings).</source>
        <translation>상태 페이지 확인 간격 (설정보다 우선).</translation>
    </message>
    <message>
        <source>Probe interval per model (overrides the settings).</source>
        <translation>모델별 테스트 간격 (설정보다 우선).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Statuspage base URL (default %1); PROVIDER=URL sets another provider&apos;s page.</source>
        <translation>Statuspage 기본 URL(기본값 %1). PROVIDER=URL 형식으로 다른 제공자의 페이지를 지정합니다.</translation>
    </message>
    <message>
        <source>Watched providers, comma separated: %1 (default anthropic).</source>
        <translation>감시할 제공자(쉼표로 구분): %1 (기본값 anthropic).</translation>
    </message>
    <message>
        <source>Settings file to read.</source>
        <translation>읽을 설정 파일.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Unknown provider “%1” (known: %2).</source>
        <translation>알 수 없는 제공자 “%1”(지원: %2).</translation>
    </message>
    <message>
        <source>--%1 needs a value; it was given an empty one.</source>
        <translation>--%1에는 값이 필요한데 빈 값이 주어졌습니다.</translation>
    </message>
    <message>
        <source>%1 is set but empty; unset it or give it a value.</source>
        <translation>%1이(가) 빈 값으로 설정되어 있습니다. 설정을 해제하거나 값을 지정하세요.</translation>
    </message>
    <message>
        <source>%1 names no URL.</source>
        <translation>%1에 URL이 없습니다.</translation>
    </message>
    <message>
        <source>--models needs at least one model id.</source>
        <translation>--models에는 모델 ID가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>--providers needs at least one of: %1.</source>
        <translation>--providers에는 다음 중 하나 이상이 필요합니다: %1.</translation>
    </message>
    <message>
        <source>The stored history, offline (no network, no key):
  modelpulse history [--json|--csv] [--range 24h|7d|30d|90d|1y]
  modelpulse --status-line [--format text|json]
Each has its own --help.</source>
        <translation>저장된 기록 (오프라인, 네트워크와 키 없이):
  modelpulse history [--json|--csv] [--range 24h|7d|30d|90d|1y]
  modelpulse --status-line [--format text|json]
각각 --help가 따로 있습니다.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ConnectivityChecker</name>
    <message>
        <source>No network</source>
        <translation>네트워크 없음</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>프록시가 연결을 거부함</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed (intercepted?)</source>
        <translation>%1과(와)의 TLS 핸드셰이크 실패(가로채기 의심)</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>%1에 연결할 수 없음</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed</source>
        <translation>%1의 DNS 조회 실패</translation>
    </message>
</context>
<context>
    <name>CostTracker</name>
    <message>
        <source>Probes paused: this month&apos;s estimated probe cost (%1) reached the cap of %2</source>
        <translation>테스트 일시 중지: 이번 달 예상 테스트 비용(%1)이 한도 %2에 도달했습니다</translation>
    </message>
    <message>
        <source>The probe cost counter file was unreadable and starts again at zero; the old file is kept as %1</source>
        <translation>테스트 비용 카운터 파일을 읽을 수 없어 0부터 다시 셉니다. 이전 파일은 %1(으)로 보관했습니다</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>The notification service did not accept the notification: %1</source>
        <translation>알림 서비스가 알림을 받지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>상태 페이지 열기</translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <source>ModelPulse</source>
        <translation>ModelPulse</translation>
    </message>
    <message>
        <source>The system tray is not available, so ModelPulse shows its status in this window. It moves to the tray as soon as one appears.</source>
        <translation>시스템 트레이를 사용할 수 없어 ModelPulse가 이 창에 상태를 표시합니다. 트레이가 생기면 바로 트레이로 옮겨 갑니다.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The status page did not answer within %1 s.</source>
        <translation>상태 페이지가 %1초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The status page redirected to an unsafe address (%1).</source>
        <translation>상태 페이지가 안전하지 않은 주소(%1)로 리디렉션했습니다.</translation>
    </message>
    <message>
        <source>The status page sent more than %1 MB; ignored.</source>
        <translation>상태 페이지가 %1MB를 넘게 보내 무시했습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the status page: %1</source>
        <translation>상태 페이지에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The status page refused the request (HTTP %1) — probably a bot challenge.</source>
        <translation>상태 페이지가 요청을 거부했습니다(HTTP %1) — 봇 확인 페이지일 수 있습니다.</translation>
    </message>
    <message>
        <source>The status page is rate limiting us (HTTP 429).</source>
        <translation>상태 페이지가 요청 수를 제한하고 있습니다(HTTP 429).</translation>
    </message>
    <message>
        <source>The status page answered HTTP %1.</source>
        <translation>상태 페이지 응답: HTTP %1.</translation>
    </message>
    <message>
        <source>The status page connection failed: %1</source>
        <translation>상태 페이지 연결 실패: %1</translation>
    </message>
    <message>
        <source>Not a status page: the answer says nothing about the service&apos;s state. %1</source>
        <translation>상태 페이지가 아닙니다. 응답에 서비스 상태에 대한 정보가 없습니다. %1</translation>
    </message>
    <message>
        <source>The status page answered “not modified” to a request that had nothing to compare (HTTP 304).</source>
        <translation>비교할 기준을 보내지 않은 요청에 상태 페이지가 “변경 없음”(HTTP 304)으로 응답했습니다.</translation>
    </message>
    <message>
        <source>The status page redirects too often (a redirect loop?).</source>
        <translation>상태 페이지의 리디렉션이 너무 많습니다(리디렉션 루프?).</translation>
    </message>
</context>
<context>
    <name>HealthEvaluator</name>
    <message>
        <source>Probes are off</source>
        <translation>테스트 꺼짐</translation>
    </message>
    <message>
        <source>Probes are off: %1</source>
        <translation>테스트 꺼짐: %1</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>아직 테스트하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probes in a row</source>
        <translation>
            <numerusform>테스트 %n회 연속 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>One probe failed; confirming</source>
        <translation>테스트 1회 실패, 확인 중</translation>
    </message>
    <message>
        <source>Last probe: %1 (HTTP %2)</source>
        <translation>마지막 테스트: %1(HTTP %2)</translation>
    </message>
    <message>
        <source>Last probe: %1</source>
        <translation>마지막 테스트: %1</translation>
    </message>
    <message>
        <source>Status feed not fetched yet</source>
        <translation>상태 피드를 아직 받지 않음</translation>
    </message>
    <message>
        <source>Status feed unavailable: %1</source>
        <translation>상태 피드 사용 불가: %1</translation>
    </message>
    <message>
        <source>Status feed is stale (last update %1)</source>
        <translation>상태 피드가 오래됨(마지막 업데이트 %1)</translation>
    </message>
    <message>
        <source>Official incident: %1 (%2)</source>
        <translation>공식 인시던트: %1(%2)</translation>
    </message>
    <message>
        <source>%1: %2 (no incident posted)</source>
        <translation>%1: %2(인시던트 공지 없음)</translation>
    </message>
    <message>
        <source>You are offline — not an outage</source>
        <translation>오프라인 상태입니다 — 장애가 아닙니다</translation>
    </message>
</context>
<context>
    <name>HealthState</name>
    <message>
        <source>Operational</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>성능 저하</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>부분 장애</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>주요 장애</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>점검 중</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>modelpulse: no history yet in %1 — the tray app records it while it runs.
</source>
        <translation>modelpulse: %1에 아직 기록이 없습니다 — 트레이 앱이 실행되는 동안 기록합니다.
</translation>
    </message>
    <message>
        <source>modelpulse: the history in %1 cannot be read: %2
</source>
        <translation>modelpulse: %1의 기록을 읽을 수 없습니다: %2
</translation>
    </message>
    <message>
        <source>History %1 — %2 to %3</source>
        <translation>기록 %1 — %2부터 %3까지</translation>
    </message>
    <message numerus="yes">
        <source>  %1: official %2, own %3, %n incident(s)</source>
        <translation>
            <numerusform>  %1: 공식 %2, 자체 측정 %3, 장애 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>not detected by our probes</source>
        <translation>자체 테스트로 감지하지 못함</translation>
    </message>
    <message>
        <source>detected %1 min before the official page</source>
        <translation>공식 페이지보다 %1분 먼저 감지</translation>
    </message>
    <message>
        <source>detected %1 min after the official page</source>
        <translation>공식 페이지보다 %1분 늦게 감지</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV를 출력합니다.</translation>
    </message>
    <message>
        <source>24h, 7d, 30d, 90d or 1y (default 7d).</source>
        <translation>24h, 7d, 30d, 90d 또는 1y (기본값 7d).</translation>
    </message>
    <message>
        <source>range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Model ids, comma separated (default: every model in the history).</source>
        <translation>모델 ID(쉼표로 구분, 기본값: 기록에 있는 모든 모델).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID 목록</translation>
    </message>
    <message>
        <source>Where history and state are kept.</source>
        <translation>기록과 상태를 저장하는 위치.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <source>User interface language: ko or en (default: system).</source>
        <translation>사용자 인터페이스 언어: ko 또는 en (기본값: 시스템).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>예상하지 못한 인수 “%1”.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json과 --csv는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--range must be 24h, 7d, 30d, 90d or 1y, got “%1”.</source>
        <translation>--range는 24h, 7d, 30d, 90d, 1y 중 하나여야 합니다. 입력값: “%1”.</translation>
    </message>
    <message>
        <source>--models needs at least one model id.</source>
        <translation>--models에는 모델 ID가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>One short line for status bars.</source>
        <translation>상태 표시줄용 짧은 한 줄.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text 또는 json (기본값 text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>--format must be text or json, got “%1”.</source>
        <translation>--format은 text 또는 json이어야 합니다. 입력값: “%1”.</translation>
    </message>
    <message>
        <source>modelpulse history: availability and incidents per model and service over a range, from the stored history. Sends nothing: no network, no key.</source>
        <translation>modelpulse history: 저장된 기록에서 기간별로 모델과 서비스의 가용성과 인시던트를 보여 줍니다. 아무것도 보내지 않습니다: 네트워크와 키 없이.</translation>
    </message>
    <message>
        <source>modelpulse --status-line: one short line for status bars, from the stored history. Sends nothing: no network, no key.</source>
        <translation>modelpulse --status-line: 저장된 기록에서 상태 표시줄용 짧은 한 줄을 출력합니다. 아무것도 보내지 않습니다: 네트워크와 키 없이.</translation>
    </message>
</context>
<context>
    <name>HistoryModule</name>
    <message>
        <source>The history window is not installed or cannot be loaded: %1</source>
        <translation>기록 창이 설치되어 있지 않거나 불러올 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>24 h</source>
        <translation>24시간</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30일</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90일</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>감지 못 함</translation>
    </message>
    <message>
        <source>detected at the same time as the official page</source>
        <translation>공식 페이지와 동시에 감지</translation>
    </message>
    <message>
        <source>detected %1 before the official page</source>
        <translation>공식 페이지보다 %1 먼저 감지</translation>
    </message>
    <message>
        <source>detected %1 after the official page</source>
        <translation>공식 페이지보다 %1 늦게 감지</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>영향 없음</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>치명적</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>%1 – ongoing</source>
        <translation>%1 – 진행 중</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>최악 상태: %1</translation>
    </message>
    <message>
        <source>Availability: own %1, official %2</source>
        <translation>가용성: 자체 %1, 공식 %2</translation>
    </message>
    <message>
        <source>Latency: p50 %1, p95 %2</source>
        <translation>지연 시간: p50 %1, p95 %2</translation>
    </message>
    <message>
        <source>Failures: %1 of %2 probes</source>
        <translation>실패: 프로브 %2회 중 %1회</translation>
    </message>
    <message>
        <source>No probes in this period</source>
        <translation>이 기간에는 프로브 없음</translation>
    </message>
    <message>
        <source>Impact: %1 · %2</source>
        <translation>영향: %1 · %2</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>지속 시간 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>… %1 earlier updates</source>
        <translation>… 이전 업데이트 %1건</translation>
    </message>
    <message>
        <source>Click to open the incident page</source>
        <translation>클릭하면 장애 페이지를 엽니다</translation>
    </message>
    <message>
        <source>Detected by ModelPulse: %1</source>
        <translation>ModelPulse가 감지: %1</translation>
    </message>
    <message>
        <source>%1 %2 (page %3)</source>
        <translation>%1 %2 (공식 %3)</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>가용성: %1</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>장애: %1건</translation>
    </message>
    <message>
        <source>Median time to recovery: %1</source>
        <translation>복구까지 걸린 시간(중앙값): %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>ModelPulse — History</source>
        <translation>ModelPulse — 기록</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>기록을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation>기록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No history yet — ModelPulse records from now on; the official page&apos;s recent incidents are imported when it first reads the page.</source>
        <translation>아직 기록이 없습니다 — ModelPulse는 지금부터 기록합니다. 공식 상태 페이지의 최근 장애는 페이지를 처음 읽을 때 가져옵니다.</translation>
    </message>
    <message>
        <source>own %1 · official %2 · incidents %3</source>
        <translation>자체 %1 · 공식 %2 · 장애 %3건</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M&apos;월&apos; d&apos;일&apos;</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No probe latency in this range</source>
        <translation>이 기간에는 프로브 지연 시간 없음</translation>
    </message>
    <message>
        <source>Official status only (services are not probed)</source>
        <translation>공식 상태만 표시 (서비스는 프로브하지 않음)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 파일을 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No incidents in this range</source>
        <translation>이 기간에는 장애 없음</translation>
    </message>
</context>
<context>
    <name>ModelDetailsDialog</name>
    <message>
        <source>%1 — details</source>
        <translation>%1 — 세부 정보</translation>
    </message>
    <message>
        <source>Our own test prompts see a problem the official status page does not show yet.</source>
        <translation>공식 상태 페이지에는 아직 나오지 않은 문제를 자체 테스트 프롬프트가 감지했습니다.</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>모델 ID</translation>
    </message>
    <message>
        <source>Official state</source>
        <translation>공식 상태</translation>
    </message>
    <message>
        <source>Our test prompts</source>
        <translation>자체 테스트</translation>
    </message>
    <message>
        <source>No API key: not probing</source>
        <translation>API 키 없음: 테스트 안 함</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Last test prompt</source>
        <translation>마지막 테스트</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>오류 유형</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>At</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>No test prompt has run for this model yet.</source>
        <translation>이 모델은 아직 테스트하지 않았습니다.</translation>
    </message>
    <message>
        <source>Official incidents</source>
        <translation>공식 인시던트</translation>
    </message>
    <message>
        <source>None attributed to this model.</source>
        <translation>이 모델과 관련된 인시던트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ModelDiscovery</name>
    <message>
        <source>No API key: using the built-in model list</source>
        <translation>API 키 없음: 내장 모델 목록 사용</translation>
    </message>
    <message>
        <source>Refusing to send the API key to %1: only https (or http to this machine) is allowed</source>
        <translation>%1(으)로 API 키를 보내지 않습니다: https(또는 이 컴퓨터로 가는 http)만 허용됩니다</translation>
    </message>
    <message>
        <source>The model list did not arrive within %1 s</source>
        <translation>모델 목록이 %1초 안에 오지 않았습니다</translation>
    </message>
    <message>
        <source>The model list request was redirected — not followed, the key was not sent there</source>
        <translation>모델 목록 요청이 리디렉션되었습니다 — 따라가지 않았고 키도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>The API key was rejected (HTTP %1)</source>
        <translation>API 키가 거부되었습니다(HTTP %1)</translation>
    </message>
    <message>
        <source>Cannot reach the API: %1</source>
        <translation>API에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The model list request failed with HTTP %1</source>
        <translation>모델 목록 요청 실패: HTTP %1</translation>
    </message>
    <message>
        <source>The model list is implausibly large</source>
        <translation>모델 목록이 비정상적으로 큽니다</translation>
    </message>
    <message>
        <source>The model list is not in the expected format</source>
        <translation>모델 목록 형식이 예상과 다릅니다</translation>
    </message>
    <message>
        <source>The model list does not end (page %1)</source>
        <translation>모델 목록이 끝나지 않습니다(%1페이지)</translation>
    </message>
    <message>
        <source>Refusing to send the API key: it contains a line break or another control character</source>
        <translation>API 키를 보내지 않습니다: 줄바꿈이나 다른 제어 문자가 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>looking for an API key…</source>
        <translation>API 키를 찾는 중…</translation>
    </message>
    <message>
        <source>no API key (set ANTHROPIC_API_KEY or store one in Settings)</source>
        <translation>API 키 없음(ANTHROPIC_API_KEY를 설정하거나 설정에서 키를 저장하세요)</translation>
    </message>
    <message>
        <source>--no-probes was given</source>
        <translation>--no-probes 옵션 지정됨</translation>
    </message>
    <message>
        <source>this provider is watched through its status page only</source>
        <translation>이 제공자는 상태 페이지로만 감시합니다</translation>
    </message>
    <message>
        <source>the API key contains a line break — paste it again without it</source>
        <translation>API 키에 줄바꿈이 들어 있습니다 — 줄바꿈 없이 다시 붙여 넣으세요</translation>
    </message>
    <message>
        <source>the API key contains a control character — paste it again</source>
        <translation>API 키에 제어 문자가 들어 있습니다 — 다시 붙여 넣으세요</translation>
    </message>
    <message>
        <source>the value for the %1 header contains a line break</source>
        <translation>%1 헤더 값에 줄바꿈이 들어 있습니다</translation>
    </message>
    <message>
        <source>the value for the %1 header contains a control character</source>
        <translation>%1 헤더 값에 제어 문자가 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>You are offline</source>
        <translation>오프라인 상태입니다</translation>
    </message>
    <message>
        <source>ModelPulse cannot reach the network. This is not an outage of Claude.</source>
        <translation>ModelPulse가 네트워크에 연결할 수 없습니다. Claude 장애가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 — this is not an outage of Claude.</source>
        <translation>%1 — Claude 장애가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ahead of the official status page: our test prompts fail, the page does not say so yet.</source>
        <translation>공식 상태 페이지보다 먼저 감지: 테스트 프롬프트는 실패하지만 페이지에는 아직 나오지 않았습니다.</translation>
    </message>
    <message>
        <source>The outage continues.</source>
        <translation>장애가 계속되고 있습니다.</translation>
    </message>
    <message>
        <source>Recovered from: %1.</source>
        <translation>%1에서 복구되었습니다.</translation>
    </message>
    <message>
        <source>The outage is over.</source>
        <translation>장애가 끝났습니다.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API 키 거부됨</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 for %2. Check the key in Settings — this is not an outage.</source>
        <translation>API가 %2에 HTTP %1로 응답했습니다. 설정에서 키를 확인하세요 — 장애가 아닙니다.</translation>
    </message>
    <message>
        <source>API billing problem</source>
        <translation>API 결제 문제</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 for %2. Check your plan and credits — this is not an outage.</source>
        <translation>API가 %2에 HTTP %1로 응답했습니다. 요금제와 크레딧을 확인하세요 — 장애가 아닙니다.</translation>
    </message>
    <message>
        <source>Test prompts are rate limited</source>
        <translation>테스트 요청 수 제한됨</translation>
    </message>
    <message>
        <source>The API limits your key&apos;s requests (%1). Probes will retry later — this is not an outage.</source>
        <translation>API가 이 키의 요청 수를 제한하고 있습니다(%1). 나중에 다시 테스트합니다 — 장애가 아닙니다.</translation>
    </message>
    <message>
        <source>Model not available to your key</source>
        <translation>이 키로 사용할 수 없는 모델</translation>
    </message>
    <message>
        <source>The API refused the request for %1 (HTTP %2). Check the watched models in Settings.</source>
        <translation>API가 %1 요청을 거부했습니다(HTTP %2). 설정에서 감시할 모델을 확인하세요.</translation>
    </message>
    <message>
        <source>Official incident: %1</source>
        <translation>공식 인시던트: %1</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>영향: %1</translation>
    </message>
    <message>
        <source>Maintenance started: %1</source>
        <translation>점검 시작: %1</translation>
    </message>
    <message>
        <source>Scheduled until %1.</source>
        <translation>%1까지 예정되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1시간 알림 끄기</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>상태 페이지 열기</translation>
    </message>
    <message>
        <source>%1 is back to normal after %2</source>
        <comment>model, duration</comment>
        <translation>%1: %2 만에 정상</translation>
    </message>
    <message>
        <source>%1 is back to normal</source>
        <translation>%1: 정상으로 돌아옴</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Maintenance in %1: %2</source>
        <comment>duration, maintenance name</comment>
        <translation>%1 후 점검: %2</translation>
    </message>
    <message>
        <source>Scheduled from %1 to %2.</source>
        <translation>%1부터 %2까지 예정되어 있습니다.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>%1에 예정되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>OnceCommand</name>
    <message>
        <source>The history store cannot be opened (%1): probe cost is not counted against the monthly cap this time.</source>
        <translation>기록 저장소를 열 수 없습니다(%1). 이번 실행의 프로브 비용은 월 한도에 반영되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>느림</translation>
    </message>
    <message>
        <source>Overloaded (529)</source>
        <translation>과부하(529)</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>요청 수 제한(429)</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API 키 거부됨</translation>
    </message>
    <message>
        <source>Billing problem (402)</source>
        <translation>결제 문제(402)</translation>
    </message>
    <message>
        <source>Bad request or unknown model</source>
        <translation>잘못된 요청 또는 알 수 없는 모델</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>네트워크 오류</translation>
    </message>
</context>
<context>
    <name>ProbeRunner</name>
    <message>
        <source>Probes paused: you are offline</source>
        <translation>테스트 일시 중지: 오프라인 상태</translation>
    </message>
</context>
<context>
    <name>ProbeState</name>
    <message>
        <source>Your API key was rejected (HTTP %1) — not an outage</source>
        <translation>API 키가 거부되었습니다(HTTP %1) — 장애가 아닙니다</translation>
    </message>
    <message>
        <source>Billing problem (HTTP 402) on your account — not an outage</source>
        <translation>계정 결제 문제(HTTP 402) — 장애가 아닙니다</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429) — your quota, not an outage</source>
        <translation>요청 수 제한(HTTP 429) — 사용 한도 문제이며 장애가 아닙니다</translation>
    </message>
    <message>
        <source>Model not found or bad request (HTTP %1)</source>
        <translation>모델을 찾을 수 없거나 잘못된 요청(HTTP %1)</translation>
    </message>
    <message>
        <source>Network error — not an outage</source>
        <translation>네트워크 오류 — 장애가 아닙니다</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
    <message>
        <source>%1 unreachable from here, the rest of the internet works — not an outage</source>
        <translation>여기서 %1에 연결할 수 없지만 다른 인터넷 연결은 정상입니다 — 장애가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Prober</name>
    <message>
        <source>Refusing to send the API key to %1: only https (or http to this machine) is allowed</source>
        <translation>%1(으)로 API 키를 보내지 않습니다: https(또는 이 컴퓨터로 가는 http)만 허용됩니다</translation>
    </message>
    <message>
        <source>No complete answer within %1 s</source>
        <translation>%1초 안에 완전한 응답 없음</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KB; not an API response</source>
        <translation>응답이 %1KB보다 큼 — API 응답이 아님</translation>
    </message>
    <message>
        <source>Redirected to %1 — not followed, the key was not sent there</source>
        <translation>%1(으)로 리디렉션됨 — 따라가지 않았고 키도 보내지 않음</translation>
    </message>
    <message>
        <source>an unknown location</source>
        <translation>알 수 없는 위치</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not JSON (truncated or HTML)</source>
        <translation>HTTP %1, 본문이 JSON이 아님(잘렸거나 HTML)</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not a message</source>
        <translation>HTTP %1, 본문이 메시지가 아님</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Refusing to send the API key: it contains a line break or another control character</source>
        <translation>API 키를 보내지 않습니다: 줄바꿈이나 다른 제어 문자가 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a full address such as https://status.claude.com.</source>
        <translation>https://status.claude.com 같은 전체 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Addresses with a user name or password are not accepted.</source>
        <translation>사용자 이름이나 비밀번호가 들어 있는 주소는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>https://를 사용하세요. http://는 이 컴퓨터(localhost, 127.0.0.1, ::1)에만 허용됩니다.</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>https:// 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>This looks like an API key. Keys are kept in the keychain, never in the settings file.</source>
        <translation>API 키로 보입니다. 키는 설정 파일이 아닌 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier.</source>
        <translation>&quot;%1&quot;은(는) 올바른 식별자가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>%1에서 %2 사이의 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>켜기 또는 끄기 값이어야 합니다.</translation>
    </message>
    <message>
        <source>Choose System, Korean or English.</source>
        <translation>시스템, 한국어, English 중에서 선택하세요.</translation>
    </message>
    <message>
        <source>Not a valid date and time.</source>
        <translation>올바른 날짜와 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are in use.</source>
        <translation>설정 파일을 읽을 수 없어 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are in use. The old file was kept as %1.</source>
        <translation>설정 파일을 읽을 수 없어 기본값을 사용합니다. 이전 파일은 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Some settings were invalid and were reset to their defaults:</source>
        <translation>일부 설정이 올바르지 않아 기본값으로 되돌렸습니다:</translation>
    </message>
    <message>
        <source>Unreadable value.</source>
        <translation>읽을 수 없는 값입니다.</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: %3</source>
        <translation>%1 = &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Enter a time of day such as 22:00.</source>
        <translation>22:00처럼 시각을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Estimated cost: not available yet</source>
        <translation>예상 비용: 아직 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: about $%1 a month for %n model(s)</source>
        <translation>
            <numerusform>예상 비용: 모델 %n개 기준 월 약 $%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Above the cap: probing stops for the month once the cap is reached.</source>
        <translation>한도 초과: 한도에 도달하면 이번 달 테스트를 멈춥니다.</translation>
    </message>
    <message>
        <source>ModelPulse Settings</source>
        <translation>ModelPulse 설정</translation>
    </message>
    <message>
        <source>Models to watch</source>
        <translation>감시할 모델</translation>
    </message>
    <message>
        <source>Models found with your API key. None checked by you yet means the newest of each family.</source>
        <translation>API 키로 찾은 모델입니다. 직접 선택하지 않으면 계열별 최신 모델을 감시합니다.</translation>
    </message>
    <message>
        <source>Official services to watch</source>
        <translation>감시할 공식 서비스</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>확인 주기</translation>
    </message>
    <message>
        <source>Status page every</source>
        <translation>상태 페이지 확인 간격</translation>
    </message>
    <message>
        <source>Test prompt every</source>
        <translation>테스트 프롬프트 간격</translation>
    </message>
    <message>
        <source>Slow above</source>
        <translation>느림 기준</translation>
    </message>
    <message>
        <source>Monthly probe cap</source>
        <translation>월 테스트 비용 한도</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>When a watched model or service fails</source>
        <translation>감시 중인 모델이나 서비스에 장애가 생길 때</translation>
    </message>
    <message>
        <source>When it recovers</source>
        <translation>복구될 때</translation>
    </message>
    <message>
        <source>When the official page reports an incident</source>
        <translation>공식 페이지에 인시던트가 올라올 때</translation>
    </message>
    <message>
        <source>About problems on my side (offline, key, quota)</source>
        <translation>내 쪽 문제(오프라인, 키, 한도)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>로그인할 때 시작</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Status page URL</source>
        <translation>상태 페이지 URL</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>Also show OpenAI&apos;s status page (status.openai.com)</source>
        <translation>OpenAI 상태 페이지도 표시(status.openai.com)</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>방해 금지 시간</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Let a major outage through in quiet hours</source>
        <translation>방해 금지 시간에도 전면 장애는 알림</translation>
    </message>
    <message>
        <source>Announce scheduled maintenance ahead by</source>
        <translation>예정된 점검을 미리 알림</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분 전</translation>
    </message>
    <message>
        <source>never</source>
        <translation>알리지 않음</translation>
    </message>
    <message>
        <source>Never notify me about (muted):</source>
        <translation>알리지 않을 항목(음소거):</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running but does not answer: %1</source>
        <translation>다른 인스턴스가 실행 중이지만 응답하지 않습니다: %1</translation>
    </message>
    <message>
        <source>Cannot listen for other launches (%1): %2</source>
        <translation>다른 실행 요청을 받을 수 없습니다(%1): %2</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>전체: %1</translation>
    </message>
    <message>
        <source>Official status page: %1 — %2</source>
        <translation>공식 상태 페이지: %1 — %2</translation>
    </message>
    <message>
        <source>Official status page: unavailable — %1</source>
        <translation>공식 상태 페이지: 사용 불가 — %1</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>오래됨</translation>
    </message>
    <message>
        <source>You are offline — not an outage. %1</source>
        <translation>오프라인 상태입니다 — 장애가 아닙니다. %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>공식</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(ahead of official page)</source>
        <translation>(공식 페이지보다 먼저 감지)</translation>
    </message>
    <message>
        <source>Active incidents:</source>
        <translation>진행 중인 인시던트:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>점검:</translation>
    </message>
    <message>
        <source>Last official update: %1</source>
        <translation>마지막 공식 업데이트: %1</translation>
    </message>
</context>
<context>
    <name>StatusPopup</name>
    <message>
        <source>ModelPulse</source>
        <translation>ModelPulse</translation>
    </message>
    <message>
        <source>ModelPulse demo — a simulated provider on this computer, not Anthropic</source>
        <translation>ModelPulse 데모 — Anthropic이 아닌, 이 컴퓨터의 시뮬레이션 제공자</translation>
    </message>
</context>
<context>
    <name>StatusRowsView</name>
    <message>
        <source>Notify me about %1 again</source>
        <translation>%1 알림 다시 켜기</translation>
    </message>
    <message>
        <source>Mute notifications for %1</source>
        <translation>%1 알림 끄기</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일 전</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>원인 확인됨</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>사후 분석</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료됨</translation>
    </message>
</context>
<context>
    <name>StatuspageParser</name>
    <message>
        <source>The history feed is not valid XML: %1 (line %2, column %3)</source>
        <translation>기록 피드가 올바른 XML이 아닙니다: %1(%2행, %3열)</translation>
    </message>
    <message>
        <source>The status page returned HTML instead of a feed (a login or challenge page?)</source>
        <translation>상태 페이지가 피드 대신 HTML을 보냈습니다(로그인 또는 확인 페이지?)</translation>
    </message>
    <message>
        <source>The history feed is empty.</source>
        <translation>기록 피드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The history feed has an unexpected shape: root element &lt;%1&gt; is neither an Atom feed nor RSS</source>
        <translation>기록 피드 구조가 예상과 다릅니다: 루트 요소 &lt;%1&gt;은(는) Atom 피드도 RSS도 아닙니다</translation>
    </message>
    <message>
        <source>The status feed has an unexpected shape: %1</source>
        <translation>상태 피드 구조가 예상과 다릅니다: %1</translation>
    </message>
    <message>
        <source>The status feed is empty.</source>
        <translation>상태 피드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The status page returned HTML instead of JSON (a login or challenge page?)</source>
        <translation>상태 페이지가 JSON 대신 HTML을 보냈습니다(로그인 또는 확인 페이지?)</translation>
    </message>
    <message>
        <source>The status feed is not valid JSON: %1 at offset %2</source>
        <translation>상태 피드가 올바른 JSON이 아닙니다: %1(오프셋 %2)</translation>
    </message>
    <message>
        <source>an array instead of an object</source>
        <translation>객체가 아니라 배열임</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>no status indicator and no component list</source>
        <translation>상태 표시값과 구성 요소 목록이 없음</translation>
    </message>
    <message>
        <source>no incidents or scheduled_maintenances list</source>
        <translation>incidents 또는 scheduled_maintenances 목록이 없음</translation>
    </message>
    <message>
        <source>no incident object</source>
        <translation>incident 객체가 없음</translation>
    </message>
    <message>
        <source>“status” is not an object</source>
        <translation>“status”가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the status indicator is not a word</source>
        <translation>상태 지표(indicator)가 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>“components” is not a list</source>
        <translation>“components”가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>a component that is not an object</source>
        <translation>객체가 아닌 구성 요소가 있습니다</translation>
    </message>
    <message>
        <source>a component whose %1 is not text</source>
        <translation>%1이(가) 문자열이 아닌 구성 요소가 있습니다</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>ModelPulse settings</source>
        <translation>ModelPulse 설정</translation>
    </message>
    <message>
        <source>ModelPulse</source>
        <translation>ModelPulse</translation>
    </message>
    <message>
        <source>About ModelPulse</source>
        <translation>ModelPulse 정보</translation>
    </message>
    <message>
        <source>ModelPulse history</source>
        <translation>ModelPulse 기록</translation>
    </message>
    <message>
        <source>History is not recorded: %1</source>
        <translation>기록이 저장되지 않습니다: %1</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>상태 페이지</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>라이선스: MIT</translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelPulse %1&lt;/b&gt;&lt;p&gt;Is Claude working for you right now? The official status page and your own one-token test prompts, per model.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ModelPulse %1&lt;/b&gt;&lt;p&gt;지금 Claude가 제대로 동작하나요? 공식 상태 페이지와 직접 보내는 1토큰 테스트 프롬프트로 모델별 상태를 보여 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo:&lt;/b&gt; a simulated provider on this computer plays a scripted outage, incident, maintenance, offline spell and recovery. Nothing is sent to Anthropic.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;데모:&lt;/b&gt; 이 컴퓨터의 시뮬레이션 제공자가 장애, 사고, 점검, 오프라인, 복구로 이어지는 시나리오를 재생합니다. Anthropic에는 아무것도 보내지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>official</source>
        <translation>공식</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>아직 테스트 안 함</translation>
    </message>
    <message>
        <source>ahead of official page</source>
        <translation>공식 페이지보다 먼저 감지</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Add an API key in Settings to test models yourself</source>
        <translation>모델을 직접 테스트하려면 설정에서 API 키를 추가하세요</translation>
    </message>
    <message>
        <source>No models to show yet</source>
        <translation>아직 표시할 모델이 없습니다</translation>
    </message>
    <message>
        <source>Official status</source>
        <translation>공식 상태</translation>
    </message>
    <message>
        <source>Official status not read yet</source>
        <translation>공식 상태를 아직 읽지 않음</translation>
    </message>
    <message>
        <source>Official status unavailable: %1</source>
        <translation>공식 상태 사용 불가: %1</translation>
    </message>
    <message>
        <source>Official page last read %1</source>
        <translation>공식 페이지 마지막 확인: %1</translation>
    </message>
    <message>
        <source>Incidents and maintenance</source>
        <translation>인시던트 및 점검</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>%1 시작</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>지금 새로 고침</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>상태 페이지 열기</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>기록…</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>알림 일시 중지됨</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>알림 일시 중지</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1까지 일시 중지</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>알림 다시 시작</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>진단 정보 복사</translation>
    </message>
    <message>
        <source>About ModelPulse</source>
        <translation>ModelPulse 정보</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>You are offline — not an outage</source>
        <translation>오프라인 상태입니다 — 장애가 아닙니다</translation>
    </message>
    <message>
        <source>ModelPulse</source>
        <translation>ModelPulse</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>업데이트: %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>아직 업데이트 안 됨</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 failing for %2</source>
        <translation>%1 %2째 실패 중</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 실패 중</translation>
    </message>
    <message>
        <source>%1 degraded for %2</source>
        <translation>%1 %2째 성능 저하</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 성능 저하</translation>
    </message>
    <message>
        <source>%1 under maintenance</source>
        <translation>%1 점검 중</translation>
    </message>
    <message>
        <source>All watched models working</source>
        <translation>지켜보는 모델 모두 정상 동작</translation>
    </message>
    <message>
        <source>All watched models operational (official)</source>
        <translation>지켜보는 모델 모두 정상(공식)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>checked %1 ago</source>
        <translation>%1 전 확인</translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation>%1 후 다시 확인</translation>
    </message>
    <message>
        <source>ModelPulse demo</source>
        <translation>ModelPulse 데모</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>%1까지 알림 일시 중지</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>음소거</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>“%1”은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for loopback hosts; use https for %1.</source>
        <translation>http는 루프백 호스트에만 허용됩니다. %1에는 https를 사용하세요.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”; use https.</source>
        <translation>지원하지 않는 URL 스킴 “%1”입니다. https를 사용하세요.</translation>
    </message>
</context>
</TS>
