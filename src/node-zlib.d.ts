// The one Node API the Worker uses (workerd implements it natively under nodejs_compat). Declared here rather than
// adding @types/node to the Worker's types, whose globals clash with @cloudflare/workers-types.
declare module 'node:zlib' {
  export interface ZlibOptions {
    level?: number
    windowBits?: number
    memLevel?: number
  }
  export function deflateSync(data: Uint8Array, options?: ZlibOptions): Uint8Array
}
