#!/usr/bin/env python3
"""Syntax and content check of the Flatpak manifest (no flatpak-builder needed): valid JSON, the KDE 6 runtime,
the app id of the metainfo, the permissions ModelPulse needs and none it must not have, qtkeychain as a module.
Usage: check_flatpak_manifest.py packaging/flatpak/io.github.modelpulse.json"""
import json
import sys

REQUIRED_ARGS = {
    "--share=network": "the status feed and the API",
    "--share=ipc": "X11 shared memory",
    "--socket=wayland": "the display",
    "--socket=fallback-x11": "the display without Wayland, and XEmbed trays",
    "--device=dri": "OpenGL for the chart",
    "--talk-name=org.freedesktop.Notifications": "native notifications",
    "--talk-name=org.freedesktop.secrets": "the API key in the Secret Service (QtKeychain)",
    "--talk-name=org.kde.StatusNotifierWatcher": "the tray icon (StatusNotifierItem)",
    # Qt registers org.kde.StatusNotifierItem-<pid>-<n>; in the sandbox the app is pid 2 and its only icon n = 1.
    "--own-name=org.kde.StatusNotifierItem-2-1": "the tray icon's own bus name",
}
FORBIDDEN_PREFIXES = ("--socket=session-bus", "--socket=system-bus", "--filesystem=host", "--filesystem=home",
                      "--talk-name=*", "--device=all")


def main(path):
    errors = []
    try:
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        print(f"{path}: not valid JSON: {e}", file=sys.stderr)
        return 1

    def expect(cond, msg):
        if not cond:
            errors.append(msg)

    expect(m.get("app-id") == "io.github.modelpulse", "app-id must be io.github.modelpulse (the metainfo id)")
    expect(m.get("runtime") == "org.kde.Platform", "runtime must be org.kde.Platform")
    expect(m.get("sdk") == "org.kde.Sdk", "sdk must be org.kde.Sdk")
    expect(str(m.get("runtime-version", "")).startswith("6."), "runtime-version must be a KDE 6 (Qt 6) runtime: 6.x")
    expect(m.get("command") == "modelpulse", "command must be modelpulse")
    args = m.get("finish-args", [])
    expect(isinstance(args, list) and all(isinstance(a, str) for a in args), "finish-args must be a list of strings")
    for arg, why in REQUIRED_ARGS.items():
        expect(arg in args, f"finish-args lacks {arg} ({why})")
    for arg in args:
        expect(not arg.startswith(FORBIDDEN_PREFIXES), f"finish-args must not grant {arg}")
    modules = m.get("modules", [])
    names = [mod.get("name") for mod in modules if isinstance(mod, dict)]
    expect(names[-1:] == ["modelpulse"], "the last module must be modelpulse")
    expect("qtkeychain" in names, "qtkeychain must be built as a module (not in the KDE runtime)")
    for mod in modules:
        if not isinstance(mod, dict):
            errors.append("modules must be objects (inline), not file names")
            continue
        expect(mod.get("buildsystem") in ("cmake", "cmake-ninja"), f"module {mod.get('name')}: cmake build expected")
        expect(bool(mod.get("sources")), f"module {mod.get('name')}: no sources")
        for src in mod.get("sources", []):
            expect(src.get("type") in ("git", "archive", "dir"), f"module {mod.get('name')}: unexpected source {src}")
            if src.get("type") == "git":
                expect(bool(src.get("tag") or src.get("commit")), f"module {mod.get('name')}: pin a tag or commit")
    if "modelpulse" in names:
        opts = modules[names.index("modelpulse")].get("config-opts", [])
        expect("-DMODELPULSE_TESTS=OFF" in opts, "modelpulse: build without tests (-DMODELPULSE_TESTS=OFF)")

    for e in errors:
        print(f"{path}: {e}", file=sys.stderr)
    if not errors:
        print(f"{path}: OK ({len(args)} permissions, modules: {', '.join(names)})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "packaging/flatpak/io.github.modelpulse.json"))
