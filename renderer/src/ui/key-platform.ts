import { keyPlatformOf, type KeyPlatform } from '../../../shared/commands/accelerator';

/** This machine's keyboard conventions: a Mac's ⌘ or everyone else's Ctrl. */
export const KEY_PLATFORM: KeyPlatform =
  typeof navigator === 'undefined' ? 'other' : keyPlatformOf(navigator.userAgent);
