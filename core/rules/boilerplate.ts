import type { BoilerplateKind } from '../types';

/**
 * Boilerplate markers. An element is boilerplate when its class/id matches `attr`, or when its
 * whole text is short and matches `text`. Every entry is seen on a fixture named in `why`.
 */
export interface BoilerplateRule {
  kind: BoilerplateKind;
  /** Tested against `class` + ' ' + `id` (lower-cased). */
  attr?: RegExp;
  /** Tested against the element's collapsed text. */
  text?: RegExp;
  /** Only match `text` when the element's text is at most this long (keeps real paragraphs safe). */
  maxLen?: number;
  why: string;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    kind: 'browser-notice',
    attr: /(^|[\s_-])(ie-?tip|browser-?tip|browsertip|ie-?notice|upgrade-?tip|llqts)([\s_-]|$)/,
    text: /浏览器版本过低|升级新版|推荐使用.{0,12}浏览器|请使用.{0,10}浏览器|为了改善你的体验/,
    maxLen: 200,
    why: 'IE upgrade banners (tianjin-gxj-2020 has one after the content)',
  },
  {
    kind: 'share',
    attr: /(^|[\s_-])(bdsharebuttonbox|share|bshare|fenxiang|jiathis|social)([\s_-]|$)/,
    text: /^(分享到|分享至|分享：)/,
    maxLen: 80,
    why: 'Baidu share bars (tianjin-binhai-2024), plain share rows (jiangmen-gxj-2024)',
  },
  {
    kind: 'qr-code',
    attr: /(^|[\s_-])(qrcode|qr-code|ewm|erweima)([\s_-]|$)/,
    text: /扫一扫|二维码|手机扫码|用手机打开/,
    maxLen: 60,
    why: '“扫一扫在手机打开当前页” boxes (tianjin-binhai-*)',
  },
  {
    kind: 'print',
    attr: /(^|[\s_-])(print|art-tools|detail-tools|article-tools|dy)([\s_-]|$)/,
    text: /^[【[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏)\s*[】\]]?(\s*[【[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏)\s*[】\]]?)*$/,
    maxLen: 40,
    why: '【打印本页】【关闭窗口】 rows (all Tianjin fixtures, zhuzhou-gxj-2024)',
  },
  {
    kind: 'article-info',
    attr: /(^|[\s_-])(detail-info|article-attr|article-info|info|meta|xxgk-table|xxgk_table|property)([\s_-]|$)/,
    text: /^(发布时间|发布日期|来源|信息来源|文章来源|索引号|发文机关|作者)[:：]/,
    maxLen: 240,
    why: '发布时间 / 来源 / 浏览次数 rows above the body (zhuzhou-gxj-2024, jiangmen-gxj-2024)',
  },
  {
    kind: 'font-size',
    attr: /(^|[\s_-])(zitiqh|font-?size|fontsize|zihao|ziti)([\s_-]|$)/,
    text: /字[体号][:：]?\s*[【[]?\s*大\s*中\s*小/,
    maxLen: 120,
    why: '字体：[大 中 小] controls (zhuzhou-gxj-2024, jiangmen-gxj-2024)',
  },
  {
    kind: 'breadcrumb',
    attr: /(^|[\s_-])(crumbs?|breadcrumbs?|position|location|dqwz|curr?pos|path|bread)([\s_-]|$)/,
    text: /^(当前位置|您当前的位置|您的位置|所在位置|当前所在位置)[:：]/,
    maxLen: 200,
    why: '当前位置 rows (tianjin-binhai-2024, tianjin-gxj-2020)',
  },
  {
    kind: 'site-code',
    text: /网站标识码/,
    maxLen: 300,
    why: 'footer 网站标识码 lines (every gov fixture)',
  },
  {
    kind: 'icp',
    text: /ICP备|公网安备|ICP证/,
    maxLen: 300,
    why: 'footer ICP / 公网安备 lines',
  },
  {
    kind: 'view-count',
    attr: /(^|[\s_-])(hits|views?-?count|viewcount|djl|llcs)([\s_-]|$)/,
    text: /^(浏览次数|访问量|阅读次数|点击数|点击量|阅读量)[:：]?\s*\d*$/,
    maxLen: 30,
    why: '浏览次数 counters (tianjin-binhai-2024)',
  },
  {
    kind: 'related',
    attr: /(^|[\s_-])(related|xgwz|xgxx|relevant|tjyd|more-?news)([\s_-]|$)/,
    text: /^(相关文章|相关链接|相关阅读|相关信息|相关新闻|推荐阅读)/,
    maxLen: 2000,
    why: '相关文章 lists (tianjin-binhai-*)',
  },
  {
    kind: 'attachment-empty',
    attr: /(^|[\s_-])(fj|attachment|appendix|fujian)([\s_-]|$)/,
    text: /^(相关)?附件[:：]?$/,
    maxLen: 8,
    why: 'an empty 附件： label under the body (tianjin-gxj-2020)',
  },
  {
    kind: 'nav',
    attr: /(^|[\s_-])(nav|navbar|menu|left-?menu|sidebar|subnav)([\s_-]|$)/,
    why: 'site navigation',
  },
  {
    kind: 'header',
    attr: /(^|[\s_-])(header|site-header|top-?bar|topbar|head|logo)([\s_-]|$)/,
    why: 'site header bars',
  },
  {
    kind: 'footer',
    attr: /(^|[\s_-])(footer|foot|bottom|copyright)([\s_-]|$)/,
    text: /^(主办单位|主办|承办单位|技术支持|版权所有|Copyright|©)|网站地图|联系我们|政府网站找错/,
    maxLen: 400,
    why: 'footer rows with 主办单位 / 技术支持 / 网站地图',
  },
];

/** Tags that are boilerplate by themselves, with their kind. */
export const BOILERPLATE_TAGS: Readonly<Record<string, BoilerplateKind>> = {
  NAV: 'nav',
  HEADER: 'header',
  FOOTER: 'footer',
  ASIDE: 'nav',
};

/** Block text that looks like a control label rather than content. */
export const CONTROL_TEXT = /^[【[]?\s*(打印|关闭|收藏|返回|分享|大|中|小|字体|字号)\s*[】\]]?$/;
