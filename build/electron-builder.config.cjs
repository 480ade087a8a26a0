// electron-builder configuration for `npm run dist`: what goes into the package and which
// installers are made per platform. Only the built output is packaged; the main bundle carries its
// own dependencies (see build/scripts/build-electron.mjs), so no node_modules are needed.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.partnerworkbook.desktop',
  productName: 'Partner Workbook',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/renderer/**', 'dist-electron/**', 'package.json', '!**/*.map'],
  asar: true,
  // The bundles are self-contained, so electron-builder need not collect or rebuild dependencies.
  npmRebuild: false,
  // Switched off in the Electron binary itself, so they cannot be turned back on from outside.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  // Double-clicking a workbook file opens it in the app: main takes the path from argv (Windows,
  // Linux) or the open-file event (macOS). Extension and MIME type are those of
  // shared/files/partnerbook/format.ts; electron/main/open-requests.test.ts checks they match.
  fileAssociations: [
    {
      ext: 'partnerbook',
      name: 'Partner Workbook file',
      description: 'Partner Workbook file',
      mimeType: 'application/vnd.partner-workbook+json',
      role: 'Editor',
      rank: 'Owner',
    },
  ],
  // Icons rendered from build/icons/icon.svg by build/scripts/icons.mjs (npm run dist runs it).
  // Makes electron-builder write the update feed files (latest.yml, latest-mac.yml,
  // latest-linux.yml) beside the installers, for publishing at the user's update server. The app
  // never uses this address: it sets the feed to the one in its settings, and only when updates are
  // turned on (electron/main/updates.ts). A generic provider never uploads anything.
  publish: [{ provider: 'generic', url: 'https://updates.invalid/partner-workbook' }],
  win: { target: ['nsis'], icon: 'build/icons/generated/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    icon: 'build/icons/generated/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  linux: {
    target: ['AppImage', 'deb', 'tar.gz'],
    icon: 'build/icons/generated/png',
    category: 'Office',
  },
};
