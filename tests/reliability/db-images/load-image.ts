/** Reads the committed database images (tests/fixtures/db-images) in Node. */
import { readdirSync, readFileSync } from 'node:fs';
import type { DatabaseImage } from './image-format';

const FOLDER = new URL('../../fixtures/db-images/', import.meta.url);

/** The schema versions that have an image, oldest first. */
export function imageVersions(): number[] {
  return readdirSync(FOLDER)
    .map((file) => /^v(\d+)\.json$/.exec(file)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The image of one schema version, as committed. */
export function loadImage(version: number): DatabaseImage {
  return JSON.parse(readFileSync(new URL(`v${version}.json`, FOLDER), 'utf8')) as DatabaseImage;
}

/** The image's records of one store (none if the version has no such store). */
export function recordsOf<T>(image: DatabaseImage, store: string): T[] {
  return (image.stores.find((s) => s.name === store)?.records ?? []) as T[];
}
