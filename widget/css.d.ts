/** The build imports .css files as minified text (widget/scripts/build.ts). */
declare module '*.css' {
  const text: string;
  export default text;
}
