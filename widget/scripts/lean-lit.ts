/**
 * Lit's production build, less what the widget never runs: an esbuild plugin for widget/scripts/build.ts.
 * Every cut is an exact piece of Lit's published files (cut wherever it occurs); one that is not there
 * (another Lit version) fails the build, so a Lit upgrade is checked again rather than trimmed blindly.
 * About 1,590 bytes gzip (zlib 9), with every feature of the widget kept.
 *
 * - The hooks a page's globals plug into (`litHtmlPolyfillSupport`, `reactiveElementPolyfillSupport`,
 *   `litElementPolyfillSupport`, `litElementHydrateSupport`) and the version lists (`litHtmlVersions`, …):
 *   for the ShadyDOM polyfills, server-side rendering and Lit's dev-mode warnings, none of which a
 *   supported browser or this widget uses. Without them a host page's globals cannot reach into the
 *   widget's Lit either.
 * - Decorators' metadata (`Symbol.metadata`, `litPropertyMetadata`), `addInitializer`, and what property
 *   options only decorators and accessors use (`state`, `useDefault`, a property the class defines an
 *   accessor for itself): the widget declares plain properties with `static properties` and uses no
 *   decorators, nor `noAccessor` or `hasChanged`. The build refuses those options in the element's
 *   `static properties`.
 * - Attribute conversion: the element's properties are all strings, each with the attribute of its own
 *   name in lower case, so an attribute's value is the property's and the other way round (no Boolean,
 *   Number, Object or Array converters, no `attribute` or `converter` option; the build refuses those).
 * - `removeController`: the controllers stay for the element's life.
 * - Event listeners as objects (`@click=${{ handleEvent, once: true }}`): the widget binds functions.
 * - Directives (`lit/directives/*`, `${ref()}` in a tag): the widget uses none, so a value is bound as
 *   it is, and the build refuses to bundle Lit's directive module. With them goes telling the parts
 *   whether the element is connected (`setConnected`, `_$AU`), which only async directives read, and
 *   what parts expose only to directives (`type`, `parentNode`, `startNode`, `endNode`, `tagName`).
 * - Templates compiled ahead of time (Lit's optional template compiler) and MathML templates (`mathml`):
 *   the widget writes html`` and svg`` only.
 * - `static styles` as a list: the element's is one stylesheet (styles.ts). A list would fail loudly, as
 *   the stylesheet adopted would be undefined.
 * - Bindings inside raw text elements (`<script>`, `<style>`, `<textarea>`, `<title>`): the widget's
 *   templates have none of these elements, and the build refuses one.
 * - The `<style>` elements Lit falls back to where a browser cannot adopt stylesheets, or where a page
 *   has loaded the ShadyCSS polyfill: every supported browser adopts them (Safari since 16.4), and the
 *   widget adopts its clinic's accent sheet itself. A page's `ShadyCSS` global no longer switches it.
 * - Properties keyed by symbols, and a scoped custom element registry's `creationScope`.
 * - The messages of two errors a developer misusing Lit would see: the checks and the throws stay.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** Per file under node_modules: [what Lit ships, what the widget bundles instead]. */
const CUTS: Record<string, [string, string][]> = {
  '@lit/reactive-element/css-tag.js': [
    [
      'e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype',
      'e=!0',
    ],
    ['throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'throw Error()'],
    [
      'if(e)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o)}',
      's.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet)',
    ],
    [
      'c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t',
      'c=t=>t',
    ],
    ['const t=globalThis,e=!0,', 'const e=!0,'],
  ],
  '@lit/reactive-element/reactive-element.js': [
    [',c=a.trustedTypes,l=c?c.emptyScript:"",p=a.reactiveElementPolyfillSupport', ''],
    [
      'toAttribute(t,s){switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t}',
      'toAttribute(t){return t}',
    ],
    [
      'fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}return i}',
      'fromAttribute(t){return t}',
    ],
    ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
    ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
    [
      'if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else ',
      '',
    ],
    [',void 0!==t.l&&(this.l=[...t.l])', ''],
    [
      'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
      '',
    ],
    [',this.constructor.l?.forEach(t=>t(this))', ''],
    ['s.state&&(s.attribute=!1),', ''],
    ['s=[...r(t),...o(t)]', 's=r(t)'],
    ['this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
    [
      'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}',
      '',
    ],
    [
      'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
      'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}',
    ],
    ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
    ['this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r'],
    [
      'if(this._$Ei(),this.elementProperties.set(t,s),!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e(this.prototype,t,h)}',
      'this._$Ei(),this.elementProperties.set(t,s),e(this.prototype,t,this.getPropertyDescriptor(t,Symbol(),s))',
    ],
    ['(i.hasChanged??f)(h,s)', 'f(h,s)'],
    [
      'static _$Eu(t,s){const i=s.attribute;return!1===i?void 0:"string"==typeof i?i:"string"==typeof t?t.toLowerCase():void 0}',
      'static _$Eu(t){return t.toLowerCase()}',
    ],
    ['const h=(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute(s,i.type);', 'const h=s;'],
    [
      '{const t=i.getPropertyOptions(e),h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r,this._$Em=null}',
      '{this._$Em=e,this[e]=s,this._$Em=null}',
    ],
    ['removeController(t){this._$EO?.delete(t)}', ''],
    [',p?.({ReactiveElement:y}),(a.reactiveElementVersions??=[]).push("2.1.2")', ''],
  ],
  'lit-html/lit-html.js': [
    ['throw Error("invalid template strings array")', 'throw Error()'],
    [',y=/^(?:script|style|textarea|title)$/i', ''],
    ['(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', 'c=p'],
    [
      'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
      '',
    ],
    [',B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ';'],
    [
      'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
      'function M(t,i){return i}',
    ],
    [':6===r.type&&(i=new Z(h,this,t))', ':0'],
    ['get _$AU(){return this._$AM._$AU}', ''],
    ['get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
    [',this._$Cv=e?.isConnected??!0', ''],
    ['setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
    ['for(this._$AP?.(!1,!0,s);t!==this._$AB;)', 'for(;t!==this._$AB;)'],
    ['e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive', 'e=t===A&&s!==A'],
    [
      'handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}',
      'handleEvent(t){this._$AH.call(this.options?.host??this.element,t)}',
    ],
    [
      'e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
      'e=this._$AC(t)',
    ],
    ['3===i?"<math>":""', '""'],
    ['3===i?"</math>":""', '""'],
    ['T=x(3)', 'T=0'],
    ['2===i||3===i', '2===i'],
    ['get parentNode(){return this._$AM.parentNode}', ''],
    [
      'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
      '',
    ],
    ['get tagName(){return this.element.tagName}', ''],
    ['this.type=1,', ''],
    ['this.type=2,', ''],
    ['constructor(){super(...arguments),this.type=3}', ''],
    ['constructor(){super(...arguments),this.type=4}', ''],
    ['constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}', ''],
    ['this._$AN=void 0,', ''],
    ['(t?.creationScope??l).importNode(', 'l.importNode('],
  ],
  'lit-element/lit-element.js': [
    [
      ',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
      ';',
    ],
    ['(s.litElementVersions??=[]).push("4.2.2");', ''],
    [
      'update(t){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=e(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
      'update(t){const r=this.render();super.update(t),e(r,this.renderRoot,this.renderOptions)}',
    ],
  ],
};

export const leanLit: Plugin = {
  name: 'lean-lit',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, async ({ path }) => {
      const posix = path.replaceAll('\\', '/');
      if (posix.endsWith('/node_modules/lit-html/directive.js'))
        throw new Error(
          'widget/scripts/lean-lit.ts cuts directive support from Lit: no directive can be bundled',
        );
      const file = Object.keys(CUTS).find((f) => posix.endsWith(`/node_modules/${f}`));
      if (!file) return undefined;
      let code = await readFile(path, 'utf8');
      for (const [from, to] of CUTS[file] ?? []) {
        if (!code.includes(from))
          throw new Error(
            `widget/scripts/lean-lit.ts: ${file} has no ${from.slice(0, 60)}… (another Lit version?)`,
          );
        code = code.replaceAll(from, to);
      }
      return { contents: code, loader: 'js' };
    });
  },
};
