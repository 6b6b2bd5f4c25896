// The few DOM members the in-page checks use. test/tsconfig.json has the Workers types, which clash with lib.dom,
// so code passed to page.evaluate() casts globalThis to these instead.

export interface DomElement {
  id: string
  tagName: string
  className: string
  textContent: string | null
  scrollWidth: number
  clientWidth: number
  getClientRects(): { length: number }
}

export interface DomWindow {
  scrollY: number
  innerWidth: number
  document: {
    documentElement: DomElement
    querySelector(selector: string): DomElement | null
    querySelectorAll(selector: string): Iterable<DomElement>
  }
  getComputedStyle(element: DomElement): { display: string }
}
