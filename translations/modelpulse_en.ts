<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiKeyBox</name>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>A key is stored in the keychain</source>
        <translation>A key is stored in the keychain</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>No key stored</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>Paste a new key to replace it</translation>
    </message>
    <message>
        <source>Paste your Anthropic API key</source>
        <translation>Paste your Anthropic API key</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Store key</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remove key</translation>
    </message>
    <message>
        <source>With a key, ModelPulse sends one tiny test prompt per model at the probe interval. The key is kept in the system keychain, never in the settings file.</source>
        <translation>With a key, ModelPulse sends one tiny test prompt per model at the probe interval. The key is kept in the system keychain, never in the settings file.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>No keychain (Secret Service) is available — probes are off. Set ANTHROPIC_API_KEY or install gnome-keyring / KWallet.</source>
        <translation>No keychain (Secret Service) is available — probes are off. Set ANTHROPIC_API_KEY or install gnome-keyring / KWallet.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>The API key is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) — is it locked? Probes are off until it answers.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second — is it locked? Probes are off until it answers.</numerusform>
            <numerusform>The keychain did not answer within %n seconds — is it locked? Probes are off until it answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key is stored.</source>
        <translation>No API key is stored.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Access to the keychain was denied: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>ModelPulse shows whether Claude works for you right now, per model: the official status page and your own one-token test prompts.</source>
        <translation>ModelPulse shows whether Claude works for you right now, per model: the official status page and your own one-token test prompts.</translation>
    </message>
    <message>
        <source>Check once, print the result and exit (no tray).</source>
        <translation>Check once, print the result and exit (no tray).</translation>
    </message>
    <message>
        <source>With --once: print one JSON object (schema 1).</source>
        <translation>With --once: print one JSON object (schema 1).</translation>
    </message>
    <message>
        <source>Official status feed only; send no test prompts.</source>
        <translation>Official status feed only; send no test prompts.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>API base URL (default %1).</source>
        <translation>API base URL (default %1).</translation>
    </message>
    <message>
        <source>Watched model ids, comma separated.</source>
        <translation>Watched model ids, comma separated.</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>User interface language: ko or en (default: system).</source>
        <translation>User interface language: ko or en (default: system).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Where history and state are kept.</source>
        <translation>Where history and state are kept.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Run against the built-in simulated provider (no key, no network).</source>
        <translation>Run against the built-in simulated provider (no key, no network).</translation>
    </message>
    <message>
        <source>Delay before a confirmation probe.</source>
        <translation>Delay before a confirmation probe.</translation>
    </message>
    <message>
        <source>Timeout of each request.</source>
        <translation>Timeout of each request.</translation>
    </message>
    <message>
        <source>Latency above which a probe counts as slow.</source>
        <translation>Latency above which a probe counts as slow.</translation>
    </message>
    <message>
        <source>“%1” is not a URL; write it with https://.</source>
        <translation>“%1” is not a URL; write it with https://.</translation>
    </message>
    <message>
        <source>%1 needs a non-negative number, got “%2”.</source>
        <translation>%1 needs a non-negative number, got “%2”.</translation>
    </message>
    <message>
        <source>--json only makes sense with --once.</source>
        <translation>--json only makes sense with --once.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>--lang must be ko or en, got “%1”.</source>
        <translation>--lang must be ko or en, got “%1”.</translation>
    </message>
    <message>
        <source>Status page poll interval (overrides the settings).</source>
        <translation>Status page poll interval (overrides the settings).</translation>
    </message>
    <message>
        <source>Probe interval per model (overrides the settings).</source>
        <translation>Probe interval per model (overrides the settings).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Statuspage base URL (default %1); PROVIDER=URL sets another provider's page.</source>
        <translation>Statuspage base URL (default %1); PROVIDER=URL sets another provider's page.</translation>
    </message>
    <message>
        <source>Watched providers, comma separated: %1 (default anthropic).</source>
        <translation>Watched providers, comma separated: %1 (default anthropic).</translation>
    </message>
    <message>
        <source>Settings file to read.</source>
        <translation>Settings file to read.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unknown provider “%1” (known: %2).</source>
        <translation>Unknown provider “%1” (known: %2).</translation>
    </message>
    <message>
        <source>--%1 needs a value; it was given an empty one.</source>
        <translation>--%1 needs a value; it was given an empty one.</translation>
    </message>
    <message>
        <source>%1 is set but empty; unset it or give it a value.</source>
        <translation>%1 is set but empty; unset it or give it a value.</translation>
    </message>
    <message>
        <source>%1 names no URL.</source>
        <translation>%1 names no URL.</translation>
    </message>
    <message>
        <source>--models needs at least one model id.</source>
        <translation>--models needs at least one model id.</translation>
    </message>
    <message>
        <source>--providers needs at least one of: %1.</source>
        <translation>--providers needs at least one of: %1.</translation>
    </message>
    <message>
        <source>The stored history, offline (no network, no key):
  modelpulse history [--json|--csv] [--range 24h|7d|30d|90d|1y]
  modelpulse --status-line [--format text|json]
Each has its own --help.</source>
        <translation>The stored history, offline (no network, no key):
  modelpulse history [--json|--csv] [--range 24h|7d|30d|90d|1y]
  modelpulse --status-line [--format text|json]
Each has its own --help.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectivityChecker</name>
    <message>
        <source>No network</source>
        <translation>No network</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>Proxy refused the connection</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed (intercepted?)</source>
        <translation>TLS handshake with %1 failed (intercepted?)</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Cannot connect to %1</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed</source>
        <translation>DNS lookup of %1 failed</translation>
    </message>
</context>
<context>
    <name>CostTracker</name>
    <message>
        <source>Probes paused: this month's estimated probe cost (%1) reached the cap of %2</source>
        <translation>Probes paused: this month's estimated probe cost (%1) reached the cap of %2</translation>
    </message>
    <message>
        <source>The probe cost counter file was unreadable and starts again at zero; the old file is kept as %1</source>
        <translation>The probe cost counter file was unreadable and starts again at zero; the old file is kept as %1</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>The notification service did not accept the notification: %1</source>
        <translation>The notification service did not accept the notification: %1</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>Open status page</translation>
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
        <translation>The system tray is not available, so ModelPulse shows its status in this window. It moves to the tray as soon as one appears.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>The status page did not answer within %1 s.</source>
        <translation>The status page did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The status page redirected to an unsafe address (%1).</source>
        <translation>The status page redirected to an unsafe address (%1).</translation>
    </message>
    <message>
        <source>The status page sent more than %1 MB; ignored.</source>
        <translation>The status page sent more than %1 MB; ignored.</translation>
    </message>
    <message>
        <source>Cannot reach the status page: %1</source>
        <translation>Cannot reach the status page: %1</translation>
    </message>
    <message>
        <source>The status page refused the request (HTTP %1) — probably a bot challenge.</source>
        <translation>The status page refused the request (HTTP %1) — probably a bot challenge.</translation>
    </message>
    <message>
        <source>The status page is rate limiting us (HTTP 429).</source>
        <translation>The status page is rate limiting us (HTTP 429).</translation>
    </message>
    <message>
        <source>The status page answered HTTP %1.</source>
        <translation>The status page answered HTTP %1.</translation>
    </message>
    <message>
        <source>The status page connection failed: %1</source>
        <translation>The status page connection failed: %1</translation>
    </message>
    <message>
        <source>Not a status page: the answer says nothing about the service's state. %1</source>
        <translation>Not a status page: the answer says nothing about the service's state. %1</translation>
    </message>
    <message>
        <source>The status page answered “not modified” to a request that had nothing to compare (HTTP 304).</source>
        <translation>The status page answered “not modified” to a request that had nothing to compare (HTTP 304).</translation>
    </message>
    <message>
        <source>The status page redirects too often (a redirect loop?).</source>
        <translation>The status page redirects too often (a redirect loop?).</translation>
    </message>
</context>
<context>
    <name>HealthEvaluator</name>
    <message>
        <source>Probes are off</source>
        <translation>Probes are off</translation>
    </message>
    <message>
        <source>Probes are off: %1</source>
        <translation>Probes are off: %1</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Not probed yet</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probes in a row</source>
        <translation>
            <numerusform>%n failed probe in a row</numerusform>
            <numerusform>%n failed probes in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>One probe failed; confirming</source>
        <translation>One probe failed; confirming</translation>
    </message>
    <message>
        <source>Last probe: %1 (HTTP %2)</source>
        <translation>Last probe: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Last probe: %1</source>
        <translation>Last probe: %1</translation>
    </message>
    <message>
        <source>Status feed not fetched yet</source>
        <translation>Status feed not fetched yet</translation>
    </message>
    <message>
        <source>Status feed unavailable: %1</source>
        <translation>Status feed unavailable: %1</translation>
    </message>
    <message>
        <source>Status feed is stale (last update %1)</source>
        <translation>Status feed is stale (last update %1)</translation>
    </message>
    <message>
        <source>Official incident: %1 (%2)</source>
        <translation>Official incident: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (no incident posted)</source>
        <translation>%1: %2 (no incident posted)</translation>
    </message>
    <message>
        <source>You are offline — not an outage</source>
        <translation>You are offline — not an outage</translation>
    </message>
</context>
<context>
    <name>HealthState</name>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>modelpulse: no history yet in %1 — the tray app records it while it runs.
</source>
        <translation>modelpulse: no history yet in %1 — the tray app records it while it runs.
</translation>
    </message>
    <message>
        <source>modelpulse: the history in %1 cannot be read: %2
</source>
        <translation>modelpulse: the history in %1 cannot be read: %2
</translation>
    </message>
    <message>
        <source>History %1 — %2 to %3</source>
        <translation>History %1 — %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>  %1: official %2, own %3, %n incident(s)</source>
        <translation>
            <numerusform>  %1: official %2, own %3, %n incident</numerusform>
            <numerusform>  %1: official %2, own %3, %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>not detected by our probes</source>
        <translation>not detected by our probes</translation>
    </message>
    <message>
        <source>detected %1 min before the official page</source>
        <translation>detected %1 min before the official page</translation>
    </message>
    <message>
        <source>detected %1 min after the official page</source>
        <translation>detected %1 min after the official page</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Print CSV.</translation>
    </message>
    <message>
        <source>24h, 7d, 30d, 90d or 1y (default 7d).</source>
        <translation>24h, 7d, 30d, 90d or 1y (default 7d).</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>Model ids, comma separated (default: every model in the history).</source>
        <translation>Model ids, comma separated (default: every model in the history).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Where history and state are kept.</source>
        <translation>Where history and state are kept.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>User interface language: ko or en (default: system).</source>
        <translation>User interface language: ko or en (default: system).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json and --csv exclude each other.</translation>
    </message>
    <message>
        <source>--range must be 24h, 7d, 30d, 90d or 1y, got “%1”.</source>
        <translation>--range must be 24h, 7d, 30d, 90d or 1y, got “%1”.</translation>
    </message>
    <message>
        <source>--models needs at least one model id.</source>
        <translation>--models needs at least one model id.</translation>
    </message>
    <message>
        <source>One short line for status bars.</source>
        <translation>One short line for status bars.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text or json (default text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format must be text or json, got “%1”.</source>
        <translation>--format must be text or json, got “%1”.</translation>
    </message>
    <message>
        <source>modelpulse history: availability and incidents per model and service over a range, from the stored history. Sends nothing: no network, no key.</source>
        <translation>modelpulse history: availability and incidents per model and service over a range, from the stored history. Sends nothing: no network, no key.</translation>
    </message>
    <message>
        <source>modelpulse --status-line: one short line for status bars, from the stored history. Sends nothing: no network, no key.</source>
        <translation>modelpulse --status-line: one short line for status bars, from the stored history. Sends nothing: no network, no key.</translation>
    </message>
</context>
<context>
    <name>HistoryModule</name>
    <message>
        <source>The history window is not installed or cannot be loaded: %1</source>
        <translation>The history window is not installed or cannot be loaded: %1</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 d</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 y</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>not detected</translation>
    </message>
    <message>
        <source>detected at the same time as the official page</source>
        <translation>detected at the same time as the official page</translation>
    </message>
    <message>
        <source>detected %1 before the official page</source>
        <translation>detected %1 before the official page</translation>
    </message>
    <message>
        <source>detected %1 after the official page</source>
        <translation>detected %1 after the official page</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>No impact</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>%1 – ongoing</source>
        <translation>%1 – ongoing</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Worst: %1</translation>
    </message>
    <message>
        <source>Availability: own %1, official %2</source>
        <translation>Availability: own %1, official %2</translation>
    </message>
    <message>
        <source>Latency: p50 %1, p95 %2</source>
        <translation>Latency: p50 %1, p95 %2</translation>
    </message>
    <message>
        <source>Failures: %1 of %2 probes</source>
        <translation>Failures: %1 of %2 probes</translation>
    </message>
    <message>
        <source>No probes in this period</source>
        <translation>No probes in this period</translation>
    </message>
    <message>
        <source>Impact: %1 · %2</source>
        <translation>Impact: %1 · %2</translation>
    </message>
    <message>
        <source>Lasted %1</source>
        <translation>Lasted %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>Models: %1</translation>
    </message>
    <message>
        <source>… %1 earlier updates</source>
        <translation>… %1 earlier updates</translation>
    </message>
    <message>
        <source>Click to open the incident page</source>
        <translation>Click to open the incident page</translation>
    </message>
    <message>
        <source>Detected by ModelPulse: %1</source>
        <translation>Detected by ModelPulse: %1</translation>
    </message>
    <message>
        <source>%1 %2 (page %3)</source>
        <translation>%1 %2 (page %3)</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Availability: %1</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidents: %1</translation>
    </message>
    <message>
        <source>Median time to recovery: %1</source>
        <translation>Median time to recovery: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>ModelPulse — History</source>
        <translation>ModelPulse — History</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>History is not available.</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Could not read the history: %1</translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation>Could not read the history.</translation>
    </message>
    <message>
        <source>No history yet — ModelPulse records from now on; the official page's recent incidents are imported when it first reads the page.</source>
        <translation>No history yet — ModelPulse records from now on; the official page's recent incidents are imported when it first reads the page.</translation>
    </message>
    <message>
        <source>own %1 · official %2 · incidents %3</source>
        <translation>own %1 · official %2 · incidents %3</translation>
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
        <translation>MMM d</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No probe latency in this range</source>
        <translation>No probe latency in this range</translation>
    </message>
    <message>
        <source>Official status only (services are not probed)</source>
        <translation>Official status only (services are not probed)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
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
        <translation>No incidents in this range</translation>
    </message>
</context>
<context>
    <name>ModelDetailsDialog</name>
    <message>
        <source>%1 — details</source>
        <translation>%1 — details</translation>
    </message>
    <message>
        <source>Our own test prompts see a problem the official status page does not show yet.</source>
        <translation>Our own test prompts see a problem the official status page does not show yet.</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Model id</translation>
    </message>
    <message>
        <source>Official state</source>
        <translation>Official state</translation>
    </message>
    <message>
        <source>Our test prompts</source>
        <translation>Our test prompts</translation>
    </message>
    <message>
        <source>No API key: not probing</source>
        <translation>No API key: not probing</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Last test prompt</source>
        <translation>Last test prompt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>no response</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Error type</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>No test prompt has run for this model yet.</source>
        <translation>No test prompt has run for this model yet.</translation>
    </message>
    <message>
        <source>Official incidents</source>
        <translation>Official incidents</translation>
    </message>
    <message>
        <source>None attributed to this model.</source>
        <translation>None attributed to this model.</translation>
    </message>
</context>
<context>
    <name>ModelDiscovery</name>
    <message>
        <source>No API key: using the built-in model list</source>
        <translation>No API key: using the built-in model list</translation>
    </message>
    <message>
        <source>Refusing to send the API key to %1: only https (or http to this machine) is allowed</source>
        <translation>Refusing to send the API key to %1: only https (or http to this machine) is allowed</translation>
    </message>
    <message>
        <source>The model list did not arrive within %1 s</source>
        <translation>The model list did not arrive within %1 s</translation>
    </message>
    <message>
        <source>The model list request was redirected — not followed, the key was not sent there</source>
        <translation>The model list request was redirected — not followed, the key was not sent there</translation>
    </message>
    <message>
        <source>The API key was rejected (HTTP %1)</source>
        <translation>The API key was rejected (HTTP %1)</translation>
    </message>
    <message>
        <source>Cannot reach the API: %1</source>
        <translation>Cannot reach the API: %1</translation>
    </message>
    <message>
        <source>The model list request failed with HTTP %1</source>
        <translation>The model list request failed with HTTP %1</translation>
    </message>
    <message>
        <source>The model list is implausibly large</source>
        <translation>The model list is implausibly large</translation>
    </message>
    <message>
        <source>The model list is not in the expected format</source>
        <translation>The model list is not in the expected format</translation>
    </message>
    <message>
        <source>The model list does not end (page %1)</source>
        <translation>The model list does not end (page %1)</translation>
    </message>
    <message>
        <source>Refusing to send the API key: it contains a line break or another control character</source>
        <translation>Refusing to send the API key: it contains a line break or another control character</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>looking for an API key…</source>
        <translation>looking for an API key…</translation>
    </message>
    <message>
        <source>no API key (set ANTHROPIC_API_KEY or store one in Settings)</source>
        <translation>no API key (set ANTHROPIC_API_KEY or store one in Settings)</translation>
    </message>
    <message>
        <source>--no-probes was given</source>
        <translation>--no-probes was given</translation>
    </message>
    <message>
        <source>this provider is watched through its status page only</source>
        <translation>this provider is watched through its status page only</translation>
    </message>
    <message>
        <source>the API key contains a line break — paste it again without it</source>
        <translation>the API key contains a line break — paste it again without it</translation>
    </message>
    <message>
        <source>the API key contains a control character — paste it again</source>
        <translation>the API key contains a control character — paste it again</translation>
    </message>
    <message>
        <source>the value for the %1 header contains a line break</source>
        <translation>the value for the %1 header contains a line break</translation>
    </message>
    <message>
        <source>the value for the %1 header contains a control character</source>
        <translation>the value for the %1 header contains a control character</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>You are offline</source>
        <translation>You are offline</translation>
    </message>
    <message>
        <source>ModelPulse cannot reach the network. This is not an outage of Claude.</source>
        <translation>ModelPulse cannot reach the network. This is not an outage of Claude.</translation>
    </message>
    <message>
        <source>%1 — this is not an outage of Claude.</source>
        <translation>%1 — this is not an outage of Claude.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ahead of the official status page: our test prompts fail, the page does not say so yet.</source>
        <translation>Ahead of the official status page: our test prompts fail, the page does not say so yet.</translation>
    </message>
    <message>
        <source>The outage continues.</source>
        <translation>The outage continues.</translation>
    </message>
    <message>
        <source>Recovered from: %1.</source>
        <translation>Recovered from: %1.</translation>
    </message>
    <message>
        <source>The outage is over.</source>
        <translation>The outage is over.</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API key rejected</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 for %2. Check the key in Settings — this is not an outage.</source>
        <translation>The API answered HTTP %1 for %2. Check the key in Settings — this is not an outage.</translation>
    </message>
    <message>
        <source>API billing problem</source>
        <translation>API billing problem</translation>
    </message>
    <message>
        <source>The API answered HTTP %1 for %2. Check your plan and credits — this is not an outage.</source>
        <translation>The API answered HTTP %1 for %2. Check your plan and credits — this is not an outage.</translation>
    </message>
    <message>
        <source>Test prompts are rate limited</source>
        <translation>Test prompts are rate limited</translation>
    </message>
    <message>
        <source>The API limits your key's requests (%1). Probes will retry later — this is not an outage.</source>
        <translation>The API limits your key's requests (%1). Probes will retry later — this is not an outage.</translation>
    </message>
    <message>
        <source>Model not available to your key</source>
        <translation>Model not available to your key</translation>
    </message>
    <message>
        <source>The API refused the request for %1 (HTTP %2). Check the watched models in Settings.</source>
        <translation>The API refused the request for %1 (HTTP %2). Check the watched models in Settings.</translation>
    </message>
    <message>
        <source>Official incident: %1</source>
        <translation>Official incident: %1</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Affects: %1</translation>
    </message>
    <message>
        <source>Maintenance started: %1</source>
        <translation>Maintenance started: %1</translation>
    </message>
    <message>
        <source>Scheduled until %1.</source>
        <translation>Scheduled until %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Snooze 1 h</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>Open status page</translation>
    </message>
    <message>
        <source>%1 is back to normal after %2</source>
        <comment>model, duration</comment>
        <translation>%1 is back to normal after %2</translation>
    </message>
    <message>
        <source>%1 is back to normal</source>
        <translation>%1 is back to normal</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Maintenance in %1: %2</source>
        <comment>duration, maintenance name</comment>
        <translation>Maintenance in %1: %2</translation>
    </message>
    <message>
        <source>Scheduled from %1 to %2.</source>
        <translation>Scheduled from %1 to %2.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Scheduled for %1.</translation>
    </message>
</context>
<context>
    <name>OnceCommand</name>
    <message>
        <source>The history store cannot be opened (%1): probe cost is not counted against the monthly cap this time.</source>
        <translation>The history store cannot be opened (%1): probe cost is not counted against the monthly cap this time.</translation>
    </message>
</context>
<context>
    <name>ProbeOutcome</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Overloaded (529)</source>
        <translation>Overloaded (529)</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Server error</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>Rate limited (429)</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API key rejected</translation>
    </message>
    <message>
        <source>Billing problem (402)</source>
        <translation>Billing problem (402)</translation>
    </message>
    <message>
        <source>Bad request or unknown model</source>
        <translation>Bad request or unknown model</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
</context>
<context>
    <name>ProbeRunner</name>
    <message>
        <source>Probes paused: you are offline</source>
        <translation>Probes paused: you are offline</translation>
    </message>
</context>
<context>
    <name>ProbeState</name>
    <message>
        <source>Your API key was rejected (HTTP %1) — not an outage</source>
        <translation>Your API key was rejected (HTTP %1) — not an outage</translation>
    </message>
    <message>
        <source>Billing problem (HTTP 402) on your account — not an outage</source>
        <translation>Billing problem (HTTP 402) on your account — not an outage</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429) — your quota, not an outage</source>
        <translation>Rate limited (HTTP 429) — your quota, not an outage</translation>
    </message>
    <message>
        <source>Model not found or bad request (HTTP %1)</source>
        <translation>Model not found or bad request (HTTP %1)</translation>
    </message>
    <message>
        <source>Network error — not an outage</source>
        <translation>Network error — not an outage</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Network error: %1</translation>
    </message>
    <message>
        <source>%1 unreachable from here, the rest of the internet works — not an outage</source>
        <translation>%1 unreachable from here, the rest of the internet works — not an outage</translation>
    </message>
</context>
<context>
    <name>Prober</name>
    <message>
        <source>Refusing to send the API key to %1: only https (or http to this machine) is allowed</source>
        <translation>Refusing to send the API key to %1: only https (or http to this machine) is allowed</translation>
    </message>
    <message>
        <source>No complete answer within %1 s</source>
        <translation>No complete answer within %1 s</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KB; not an API response</source>
        <translation>The answer is larger than %1 KB; not an API response</translation>
    </message>
    <message>
        <source>Redirected to %1 — not followed, the key was not sent there</source>
        <translation>Redirected to %1 — not followed, the key was not sent there</translation>
    </message>
    <message>
        <source>an unknown location</source>
        <translation>an unknown location</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not JSON (truncated or HTML)</source>
        <translation>HTTP %1 with a body that is not JSON (truncated or HTML)</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not a message</source>
        <translation>HTTP %1 with a body that is not a message</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Refusing to send the API key: it contains a line break or another control character</source>
        <translation>Refusing to send the API key: it contains a line break or another control character</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a full address such as https://status.claude.com.</source>
        <translation>Enter a full address such as https://status.claude.com.</translation>
    </message>
    <message>
        <source>Addresses with a user name or password are not accepted.</source>
        <translation>Addresses with a user name or password are not accepted.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Use https://. Plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Use an https:// address.</translation>
    </message>
    <message>
        <source>This looks like an API key. Keys are kept in the keychain, never in the settings file.</source>
        <translation>This looks like an API key. Keys are kept in the keychain, never in the settings file.</translation>
    </message>
    <message>
        <source>"%1" is not a valid identifier.</source>
        <translation>"%1" is not a valid identifier.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>Enter a value from %1 to %2.</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>Expected on or off.</translation>
    </message>
    <message>
        <source>Choose System, Korean or English.</source>
        <translation>Choose System, Korean or English.</translation>
    </message>
    <message>
        <source>Not a valid date and time.</source>
        <translation>Not a valid date and time.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are in use.</source>
        <translation>The settings file could not be read, so the defaults are in use.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are in use. The old file was kept as %1.</source>
        <translation>The settings file could not be read, so the defaults are in use. The old file was kept as %1.</translation>
    </message>
    <message>
        <source>Some settings were invalid and were reset to their defaults:</source>
        <translation>Some settings were invalid and were reset to their defaults:</translation>
    </message>
    <message>
        <source>Unreadable value.</source>
        <translation>Unreadable value.</translation>
    </message>
    <message>
        <source>%1 = "%2": %3</source>
        <translation>%1 = "%2": %3</translation>
    </message>
    <message>
        <source>Enter a time of day such as 22:00.</source>
        <translation>Enter a time of day such as 22:00.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Estimated cost: not available yet</source>
        <translation>Estimated cost: not available yet</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: about $%1 a month for %n model(s)</source>
        <translation>
            <numerusform>Estimated cost: about $%1 a month for %n model</numerusform>
            <numerusform>Estimated cost: about $%1 a month for %n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Above the cap: probing stops for the month once the cap is reached.</source>
        <translation>Above the cap: probing stops for the month once the cap is reached.</translation>
    </message>
    <message>
        <source>ModelPulse Settings</source>
        <translation>ModelPulse Settings</translation>
    </message>
    <message>
        <source>Models to watch</source>
        <translation>Models to watch</translation>
    </message>
    <message>
        <source>Models found with your API key. None checked by you yet means the newest of each family.</source>
        <translation>Models found with your API key. None checked by you yet means the newest of each family.</translation>
    </message>
    <message>
        <source>Official services to watch</source>
        <translation>Official services to watch</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Status page every</source>
        <translation>Status page every</translation>
    </message>
    <message>
        <source>Test prompt every</source>
        <translation>Test prompt every</translation>
    </message>
    <message>
        <source>Slow above</source>
        <translation>Slow above</translation>
    </message>
    <message>
        <source>Monthly probe cap</source>
        <translation>Monthly probe cap</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>Notify me</translation>
    </message>
    <message>
        <source>When a watched model or service fails</source>
        <translation>When a watched model or service fails</translation>
    </message>
    <message>
        <source>When it recovers</source>
        <translation>When it recovers</translation>
    </message>
    <message>
        <source>When the official page reports an incident</source>
        <translation>When the official page reports an incident</translation>
    </message>
    <message>
        <source>About problems on my side (offline, key, quota)</source>
        <translation>About problems on my side (offline, key, quota)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Status page URL</source>
        <translation>Status page URL</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>Also show OpenAI's status page (status.openai.com)</source>
        <translation>Also show OpenAI's status page (status.openai.com)</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Quiet hours from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Let a major outage through in quiet hours</source>
        <translation>Let a major outage through in quiet hours</translation>
    </message>
    <message>
        <source>Announce scheduled maintenance ahead by</source>
        <translation>Announce scheduled maintenance ahead by</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Never notify me about (muted):</source>
        <translation>Never notify me about (muted):</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running but does not answer: %1</source>
        <translation>Another instance is running but does not answer: %1</translation>
    </message>
    <message>
        <source>Cannot listen for other launches (%1): %2</source>
        <translation>Cannot listen for other launches (%1): %2</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <source>Official status page: %1 — %2</source>
        <translation>Official status page: %1 — %2</translation>
    </message>
    <message>
        <source>Official status page: unavailable — %1</source>
        <translation>Official status page: unavailable — %1</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <source>You are offline — not an outage. %1</source>
        <translation>You are offline — not an outage. %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(ahead of official page)</source>
        <translation>(ahead of official page)</translation>
    </message>
    <message>
        <source>Active incidents:</source>
        <translation>Active incidents:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Maintenance:</translation>
    </message>
    <message>
        <source>Last official update: %1</source>
        <translation>Last official update: %1</translation>
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
        <translation>ModelPulse demo — a simulated provider on this computer, not Anthropic</translation>
    </message>
</context>
<context>
    <name>StatusRowsView</name>
    <message>
        <source>Notify me about %1 again</source>
        <translation>Notify me about %1 again</translation>
    </message>
    <message>
        <source>Mute notifications for %1</source>
        <translation>Mute notifications for %1</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>StatuspageParser</name>
    <message>
        <source>The history feed is not valid XML: %1 (line %2, column %3)</source>
        <translation>The history feed is not valid XML: %1 (line %2, column %3)</translation>
    </message>
    <message>
        <source>The status page returned HTML instead of a feed (a login or challenge page?)</source>
        <translation>The status page returned HTML instead of a feed (a login or challenge page?)</translation>
    </message>
    <message>
        <source>The history feed is empty.</source>
        <translation>The history feed is empty.</translation>
    </message>
    <message>
        <source>The history feed has an unexpected shape: root element &lt;%1&gt; is neither an Atom feed nor RSS</source>
        <translation>The history feed has an unexpected shape: root element &lt;%1&gt; is neither an Atom feed nor RSS</translation>
    </message>
    <message>
        <source>The status feed has an unexpected shape: %1</source>
        <translation>The status feed has an unexpected shape: %1</translation>
    </message>
    <message>
        <source>The status feed is empty.</source>
        <translation>The status feed is empty.</translation>
    </message>
    <message>
        <source>The status page returned HTML instead of JSON (a login or challenge page?)</source>
        <translation>The status page returned HTML instead of JSON (a login or challenge page?)</translation>
    </message>
    <message>
        <source>The status feed is not valid JSON: %1 at offset %2</source>
        <translation>The status feed is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>an array instead of an object</source>
        <translation>an array instead of an object</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>no status indicator and no component list</source>
        <translation>no status indicator and no component list</translation>
    </message>
    <message>
        <source>no incidents or scheduled_maintenances list</source>
        <translation>no incidents or scheduled_maintenances list</translation>
    </message>
    <message>
        <source>no incident object</source>
        <translation>no incident object</translation>
    </message>
    <message>
        <source>“status” is not an object</source>
        <translation>“status” is not an object</translation>
    </message>
    <message>
        <source>the status indicator is not a word</source>
        <translation>the status indicator is not a word</translation>
    </message>
    <message>
        <source>“components” is not a list</source>
        <translation>“components” is not a list</translation>
    </message>
    <message>
        <source>a component that is not an object</source>
        <translation>a component that is not an object</translation>
    </message>
    <message>
        <source>a component whose %1 is not text</source>
        <translation>a component whose %1 is not text</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>ModelPulse settings</source>
        <translation>ModelPulse settings</translation>
    </message>
    <message>
        <source>ModelPulse</source>
        <translation>ModelPulse</translation>
    </message>
    <message>
        <source>About ModelPulse</source>
        <translation>About ModelPulse</translation>
    </message>
    <message>
        <source>ModelPulse history</source>
        <translation>ModelPulse history</translation>
    </message>
    <message>
        <source>History is not recorded: %1</source>
        <translation>History is not recorded: %1</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Status page</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>Licence: MIT</translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelPulse %1&lt;/b&gt;&lt;p&gt;Is Claude working for you right now? The official status page and your own one-token test prompts, per model.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ModelPulse %1&lt;/b&gt;&lt;p&gt;Is Claude working for you right now? The official status page and your own one-token test prompts, per model.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo:&lt;/b&gt; a simulated provider on this computer plays a scripted outage, incident, maintenance, offline spell and recovery. Nothing is sent to Anthropic.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demo:&lt;/b&gt; a simulated provider on this computer plays a scripted outage, incident, maintenance, offline spell and recovery. Nothing is sent to Anthropic.&lt;/p&gt;</translation>
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
        <translation>official</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>not probed yet</translation>
    </message>
    <message>
        <source>ahead of official page</source>
        <translation>ahead of official page</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Add an API key in Settings to test models yourself</source>
        <translation>Add an API key in Settings to test models yourself</translation>
    </message>
    <message>
        <source>No models to show yet</source>
        <translation>No models to show yet</translation>
    </message>
    <message>
        <source>Official status</source>
        <translation>Official status</translation>
    </message>
    <message>
        <source>Official status not read yet</source>
        <translation>Official status not read yet</translation>
    </message>
    <message>
        <source>Official status unavailable: %1</source>
        <translation>Official status unavailable: %1</translation>
    </message>
    <message>
        <source>Official page last read %1</source>
        <translation>Official page last read %1</translation>
    </message>
    <message>
        <source>Incidents and maintenance</source>
        <translation>Incidents and maintenance</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>Open status page</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notifications paused</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Pause notifications</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Paused until %1</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Resume notifications</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>About ModelPulse</source>
        <translation>About ModelPulse</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>You are offline — not an outage</source>
        <translation>You are offline — not an outage</translation>
    </message>
    <message>
        <source>ModelPulse</source>
        <translation>ModelPulse</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 failing for %2</source>
        <translation>%1 failing for %2</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 failing</translation>
    </message>
    <message>
        <source>%1 degraded for %2</source>
        <translation>%1 degraded for %2</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 degraded</translation>
    </message>
    <message>
        <source>%1 under maintenance</source>
        <translation>%1 under maintenance</translation>
    </message>
    <message>
        <source>All watched models working</source>
        <translation>All watched models working</translation>
    </message>
    <message>
        <source>All watched models operational (official)</source>
        <translation>All watched models operational (official)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>checked %1 ago</source>
        <translation>checked %1 ago</translation>
    </message>
    <message>
        <source>next in %1</source>
        <translation>next in %1</translation>
    </message>
    <message>
        <source>ModelPulse demo</source>
        <translation>ModelPulse demo</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications paused until %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>“%1” is not a valid URL.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for loopback hosts; use https for %1.</source>
        <translation>Plain http is only allowed for loopback hosts; use https for %1.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”; use https.</source>
        <translation>Unsupported URL scheme “%1”; use https.</translation>
    </message>
</context>
</TS>