/**
 * The HTML shell of every built page (Docusaurus' `ssrTemplate`, an Eta template). It differs from
 * Docusaurus' default in one way: the page's scripts (webpack's runtime, main.js, the route's chunks)
 * are requested and run once the browser has painted the server-rendered HTML, in their original
 * order (`async = false`), instead of `<script defer>` in <head> (see SCRIPT_LOADER for the details).
 *
 * Why: every page is complete without JavaScript, which only adds the menus, search, copy buttons and
 * client-side navigation. With `defer`, main.js (134 KB gzip) downloads alongside the stylesheet on a
 * phone's slow network, and when it is already at hand (cache, fast network) the browser runs it, React
 * included, before its first paint. Lighthouse (mobile) measured the largest paint at 1.9-2.5 s with
 * `defer` and 1.0-1.2 s with this loader. The cost: the scripts start once the first paint is on screen,
 * so the menus answer that much later.
 *
 * Docusaurus' base-URL banner relies on main.js having run by DOMContentLoaded, so the config turns it
 * off (`baseUrlIssueBanner: false`); the site's base URL is fixed in docusaurus.config.ts.
 */

/** The scripts a built page loads by itself, in order: the URLs in the inline loader below. */
export function pageScripts(html: string): string[] {
  for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    if (body.includes('createElement("script")'))
      return [...body.matchAll(/"([^"]+\.js)"/g)].map((match) => match[1]);
  }
  return [];
}

/**
 * Runs inline at the end of <body>; `__SCRIPTS__` stands for the page's script URLs, in order.
 * Starts them when the browser reports its first paint (a `paint` entry: the frame was presented, not
 * only rendered), or after a frame and a task where paint entries are not observable, or at once in a
 * hidden tab; a tab hidden before it painted, or a paint that takes more than 3 s, starts them too.
 */
export const SCRIPT_LOADER = `(function(){var d=document,w=window,s=__SCRIPTS__,done=false;function run(){if(done)return;done=true;for(var i=0;i<s.length;i++){var e=d.createElement("script");e.src=s[i];e.async=false;d.body.appendChild(e)}}if(d.visibilityState!=="visible")return run();var P=w.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){new P(function(list,observer){observer.disconnect();run()}).observe({type:"paint",buffered:true});d.addEventListener("visibilitychange",run);setTimeout(run,3000)}else if(w.requestAnimationFrame)requestAnimationFrame(function(){setTimeout(run,0)});else run()})()`;

export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script><%~ ${JSON.stringify(SCRIPT_LOADER)}.replace('__SCRIPTS__', JSON.stringify(it.scripts.map((script) => it.baseUrl + script))) %></script>
  </body>
</html>
`;
