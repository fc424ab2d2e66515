import { KIND_COLORS } from './highlight';

/** Styles of the GovLens UI inside its shadow root (nothing leaks to or from the page). */
export const UI_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.gl{font:14px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#1d1d1f}
.card{position:fixed;max-width:320px;background:#fff;border:1px solid #d2d2d7;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.18);padding:10px 12px;pointer-events:none;z-index:3}
.card .v{font-size:18px;font-weight:600}
.card .row{display:flex;gap:8px;color:#515154;font-size:12px}
.card .note{font-size:14px;line-height:1.5;white-space:pre-wrap;margin-top:4px;color:#1d1d1f}
.notice{position:fixed;right:16px;bottom:16px;max-width:360px;display:flex;align-items:center;gap:10px;background:#1d1d1f;color:#fff;border-radius:10px;padding:10px 14px;font-size:13px;box-shadow:0 8px 28px rgba(0,0,0,.25);z-index:5}.notice.error{background:#c62828}.notice[hidden]{display:none}
.notice-action{all:unset;flex:none;white-space:nowrap;padding:2px 8px;border-radius:6px;background:#48484a;color:#fff;cursor:pointer;font-weight:600}.notice-action:hover,.notice-action:focus-visible{background:#636366}
.says{font-size:12px;color:#515154}.says.d-up{color:#1a7f37}.says.d-down{color:#c62828}
.fig .says{display:block;margin-top:2px}
.chip{display:inline-block;border-radius:999px;padding:0 8px;font-size:12px;line-height:20px;background:#f2f2f7;color:#3a3a3c}
${(Object.entries(KIND_COLORS) as [string, string][]).map(([k, c]) => `.k-${k}{background:${c}}`).join('')}
.sel{position:fixed;display:flex;gap:4px;background:#1d1d1f;border-radius:8px;padding:4px;box-shadow:0 4px 16px rgba(0,0,0,.25);z-index:4}
.sel button{all:unset;color:#fff;font-size:13px;padding:3px 8px;border-radius:6px;cursor:pointer}
.sel button:hover,.sel button:focus-visible{background:#48484a}
.reader{position:fixed;inset:0;background:rgba(29,29,31,.45);display:flex;justify-content:center;z-index:2}
.sheet{background:#fbfbfd;width:min(1180px,100vw);height:100vh;display:grid;grid-template-columns:minmax(0,1fr) 320px;overflow:hidden}
.doc{overflow:auto;padding:40px 56px 80px}
.doc h1{font-size:26px;line-height:1.35;margin:0 0 12px;font-weight:700}
.meta{display:flex;flex-wrap:wrap;gap:6px 16px;color:#6e6e73;font-size:13px;margin-bottom:24px;padding-bottom:16px;border-bottom:1px solid #e5e5ea}
.doc p{font-size:17px;line-height:1.9;margin:0 0 14px;text-indent:2em}
.doc h2,.doc h3{font-size:19px;margin:24px 0 10px}
.doc table{border-collapse:collapse;margin:12px 0 20px;font-size:14px}
.doc td{border:1px solid #d2d2d7;padding:4px 8px}
.doc mark{border-radius:3px;padding:0 1px;color:inherit}
.doc .removed{color:#8e8e93;border-left:3px solid #ff9f0a;padding-left:10px;text-indent:0;font-size:13px}
.side{border-left:1px solid #e5e5ea;background:#fff;overflow:auto;padding:20px 16px}
.side h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#6e6e73;margin:18px 0 8px}
.side h2:first-child{margin-top:0}
.fig{all:unset;box-sizing:border-box;display:grid;grid-template-columns:1fr auto;gap:2px 8px;width:100%;padding:6px 8px;border-radius:8px;cursor:pointer}
.fig:hover,.fig:focus-visible{background:#f2f2f7;outline:none}
.fig .l{color:#6e6e73;font-size:12px;grid-column:1/3}
.bar{display:flex;gap:8px;align-items:center;margin-bottom:12px}
.btn{all:unset;cursor:pointer;border-radius:8px;padding:5px 12px;background:#e8e8ed;font-size:13px}
.btn:hover,.btn:focus-visible{background:#d2d2d7}
.btn.primary{background:#0071e3;color:#fff}
.rm{font-size:12px;color:#515154;margin:0 0 6px;padding:4px 8px;border-radius:6px;background:#f5f5f7}
.rm b{color:#1d1d1f;font-weight:600;margin-right:6px}
.note{font-size:12px;color:#515154;background:#fff0f6;border-radius:6px;padding:4px 8px;margin:0 0 6px}
.orphan{color:#c93400}
@media (max-width:860px){.sheet{grid-template-columns:1fr;grid-template-rows:minmax(0,1fr) minmax(0,40vh)}.side{border-left:0;border-top:1px solid #e5e5ea}.doc{padding:24px}}
.legend{display:flex;flex-wrap:wrap;gap:4px;margin:0 0 8px}.k-user{background:rgba(255,105,180,.22);text-decoration:underline 2px rgb(255,105,180)}
.fig-tools{display:flex;gap:6px;margin:0 0 8px}.fig-tools select,.fig-tools input{font:inherit;font-size:12px;padding:3px 6px;border:1px solid #d2d2d7;border-radius:6px;min-width:0}.fig-tools input{flex:1}
.annots-pill{all:unset;position:fixed;left:16px;bottom:16px;background:#1d1d1f;color:#fff;font:13px/1 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;padding:8px 12px;border-radius:999px;cursor:pointer;box-shadow:0 4px 16px rgba(0,0,0,.25);z-index:4}
.annots-pill:focus-visible{outline:2px solid #0a84ff;outline-offset:2px}
.annots{position:fixed;right:16px;top:16px;width:min(360px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;background:#fff;border:1px solid #d2d2d7;border-radius:12px;box-shadow:0 12px 36px rgba(0,0,0,.22);font:13px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1d1d1f;z-index:4}
.annots header{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;padding:10px 12px;background:#fff;border-bottom:1px solid #e5e5ea}
.annots .x{all:unset;cursor:pointer;font-size:20px;line-height:1;padding:0 6px;border-radius:6px}.annots .x:focus-visible{outline:2px solid #0a84ff}
.annots ol{list-style:none;margin:0;padding:6px 12px 12px}
.annots li{border-left:3px solid var(--c);padding:6px 0 8px 10px;margin:8px 0;display:grid;gap:4px}
.annots li.orphan{opacity:.7}
.annots .quote{all:unset;cursor:pointer;color:#1d1d1f}.annots .quote:hover,.annots .quote:focus-visible{text-decoration:underline}.annots .quote:disabled{cursor:default;text-decoration:none}
.annots .lost{color:#c93400;font-size:12px}
.annots .colors{display:flex;gap:6px}
.annots .c{all:unset;width:16px;height:16px;border-radius:50%;cursor:pointer;box-shadow:inset 0 0 0 2px #fff}
.annots .c[aria-checked=true]{outline:2px solid #1d1d1f;outline-offset:1px}.annots .c:focus-visible{outline:2px solid #0a84ff;outline-offset:1px}
.annots .note-edit{font:inherit;width:100%;border:1px solid #d2d2d7;border-radius:8px;padding:4px 8px;resize:vertical}
.doc .uh{border-radius:2px}.doc .uh.c-pink{background:rgba(255,105,180,.22);text-decoration:underline 2px rgb(255,105,180);text-underline-offset:3px}.uh-item.c-pink{border-left-color:rgb(255,105,180)}.doc .uh.c-yellow{background:rgba(212,160,0,.22);text-decoration:underline 2px rgb(212,160,0);text-underline-offset:3px}.uh-item.c-yellow{border-left-color:rgb(212,160,0)}.doc .uh.c-green{background:rgba(26,127,55,.22);text-decoration:underline 2px rgb(26,127,55);text-underline-offset:3px}.uh-item.c-green{border-left-color:rgb(26,127,55)}.doc .uh.c-blue{background:rgba(9,105,218,.22);text-decoration:underline 2px rgb(9,105,218);text-underline-offset:3px}.uh-item.c-blue{border-left-color:rgb(9,105,218)}.doc .uh.c-purple{background:rgba(130,80,223,.22);text-decoration:underline 2px rgb(130,80,223);text-underline-offset:3px}.uh-item.c-purple{border-left-color:rgb(130,80,223)}
.uh-item{border-left:3px solid #d2d2d7;padding:4px 0 6px 10px;margin:8px 0;display:grid;gap:4px;font-size:12px}.uh-item .quote{all:unset;cursor:pointer;color:#1d1d1f}.uh-item .quote:hover,.uh-item .quote:focus-visible{text-decoration:underline}.uh-item textarea{font:inherit;width:100%;box-sizing:border-box;border:1px solid #d2d2d7;border-radius:8px;padding:4px 8px;resize:vertical}.uh-item .del{justify-self:start;color:#c62828;background:none;padding:1px 4px;font-size:12px}
.card .pos{color:#6e6e73;font-size:11px;margin-bottom:2px}
.annots .del{all:unset;justify-self:start;color:#c62828;cursor:pointer;font-size:12px;padding:1px 4px;border-radius:4px}.annots .del:focus-visible{outline:2px solid #0a84ff}
`;
