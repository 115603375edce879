#!/usr/bin/env bash
# The macOS disk image: the .app from packaging/build.py and a link to /Applications.
#
#   packaging/macos/make_dmg.sh ["dist/IPO Pipeline Watch.app"]
#
# writes dist/ipo-pipeline-watch-<version>-macos-<arch>.dmg. When the signing secrets are
# in the environment the app is signed with the hardened runtime, notarised with
# `xcrun notarytool` and stapled, and the image is signed too; without them (forks, pull
# requests, a developer's machine) it makes an unsigned image and says so:
#   MACOS_CERT_P12       base64 of the "Developer ID Application" certificate (.p12)
#   MACOS_CERT_PASSWORD  its password
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarisation (app-specific password)
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
APP_NAME=$("$PYTHON" -c 'import desktop; print(desktop.APP_NAME)')
APP_ID=$("$PYTHON" -c 'import desktop; print(desktop.APP_ID)')
VERSION=$("$PYTHON" -c 'import desktop; print(desktop.__version__)')
APP=${1:-"dist/$APP_NAME.app"}
DMG="dist/$APP_ID-$VERSION-macos-$(uname -m).dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist

[ -d "$APP" ] || { echo "error: $APP not found; run packaging/build.py first" >&2; exit 1; }

sign=0
if [ -n "${MACOS_CERT_P12:-}" ] && [ -n "${MACOS_CERT_PASSWORD:-}" ]; then
  sign=1
else
  echo "::warning::MACOS_CERT_P12/MACOS_CERT_PASSWORD not set: the app and the image stay unsigned"
fi
notarize=0
if [ "$sign" = 1 ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  notarize=1
elif [ "$sign" = 1 ]; then
  echo "::warning::APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD not set: signed but not notarised"
fi

work=$(mktemp -d)
keychain="$work/signing.keychain-db"
old_keychains=()
cleanup() {
  if [ "$sign" = 1 ]; then
    if [ "${#old_keychains[@]}" -gt 0 ]; then
      security list-keychains -d user -s "${old_keychains[@]}" || true
    fi
    security delete-keychain "$keychain" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$sign" = 1 ]; then
  echo "Importing the signing certificate into a temporary keychain ..."
  keychain_password=$(openssl rand -base64 24)
  printf '%s' "$MACOS_CERT_P12" | base64 --decode > "$work/cert.p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$work/cert.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keychain_password" "$keychain" >/dev/null
  # codesign finds the identity only in keychains on the search list; put ours first.
  while IFS= read -r line; do
    old_keychains+=("$(echo "$line" | xargs)")
  done < <(security list-keychains -d user)
  security list-keychains -d user -s "$keychain" "${old_keychains[@]}"
  identity=$(security find-identity -v -p codesigning "$keychain" | awk '/Developer ID Application/ {print $2; exit}')
  [ -n "$identity" ] || { echo "error: no Developer ID Application identity in MACOS_CERT_P12" >&2; exit 1; }

  echo "Signing $APP (hardened runtime) ..."
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$ENTITLEMENTS" --keychain "$keychain" --sign "$identity" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"

  if [ "$notarize" = 1 ]; then
    echo "Notarising $APP ..."
    ditto -c -k --sequesterRsrc --keepParent "$APP" "$work/app.zip"
    xcrun notarytool submit "$work/app.zip" --wait --timeout 30m \
      --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD"
    xcrun stapler staple "$APP"
    spctl --assess --type execute --verbose=2 "$APP"
  fi
fi

echo "Making $DMG ..."
staging="$work/staging"
mkdir -p "$staging"
ditto "$APP" "$staging/$(basename "$APP")"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
# hdiutil fails now and then with "Resource busy" on CI machines (Spotlight or
# XProtect still holding the fresh files): wait and try again.
attempt=1
until hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$staging" -ov -format UDZO -fs HFS+ "$DMG"; do
  if [ "$attempt" -ge 5 ]; then
    echo "error: hdiutil failed $attempt times" >&2
    exit 1
  fi
  echo "hdiutil failed (attempt $attempt of 5); retrying in $((attempt * 10)) s ..."
  sleep $((attempt * 10))
  attempt=$((attempt + 1))
done

if [ "$sign" = 1 ]; then
  codesign --force --timestamp --keychain "$keychain" --sign "$identity" "$DMG"
  codesign --verify --verbose=2 "$DMG"
fi
hdiutil verify "$DMG"
echo "$DMG ($(du -h "$DMG" | cut -f1))"
