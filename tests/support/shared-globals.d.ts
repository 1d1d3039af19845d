// The globals that Node and browsers both define and that src/lib may use (URL, URLSearchParams, timers). The layout test
// type-checks src/lib with these and without the DOM or @types/node, so any other global fails it.
declare class URL {
  constructor(url: string | URL, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly host: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
declare class URLSearchParams {
  constructor(init?: string);
  append(name: string, value: string): void;
  delete(name: string): void;
  getAll(name: string): string[];
  toString(): string;
}
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
