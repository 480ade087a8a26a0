import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The configuration electron-builder reads for `npm run dist`, loaded as electron-builder loads it.
const config: unknown = createRequire(import.meta.url)('../../build/electron-builder.config.cjs');

function section(name: string): Record<string, unknown> {
  const value = (config as Record<string, unknown>)[name];
  if (typeof value !== 'object' || value === null) throw new Error(`no ${name} in the config`);
  return value as Record<string, unknown>;
}

describe('electron-builder configuration', () => {
  it('flips every fuse issue 8 names, in the Electron binary itself', () => {
    expect(section('electronFuses')).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('packages the app as an ASAR archive, which the integrity fuses check', () => {
    expect((config as Record<string, unknown>).asar).toBe(true);
  });

  it('makes an NSIS installer, a dmg with the entitlements, an AppImage and a deb', () => {
    expect(section('win').target).toContain('nsis');
    expect(section('mac')).toMatchObject({
      target: ['dmg'],
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
    });
    expect(section('linux').target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('takes each platform icon from the generated icon folder', () => {
    expect(section('win').icon).toBe('build/icons/generated/icon.ico');
    expect(section('mac').icon).toBe('build/icons/generated/icon.icns');
    expect(section('linux').icon).toBe('build/icons/generated/png');
  });
});
