/**
 * The WHATWG URL class exists in every runtime shared/ code runs in (browser, worker, Node,
 * Electron) but is not part of lib ES2023; this declares the part shared/ uses.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
}

/**
 * Blob exists in every runtime shared/ code runs in but is not part of lib ES2023; the XLSX writer
 * gets one from its library and reads its bytes.
 */
interface Blob {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}
