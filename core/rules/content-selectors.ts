/**
 * Content containers of the CMS families that run Chinese government portals. Each entry names
 * the selector, the CMS and a fixture that shows it. The extractor tries them in order and keeps
 * the first that holds real text; unknown templates fall back to text density.
 */
export interface ContentRule {
  /** Stable name reported as `via`. */
  name: string;
  selector: string;
  /** Why it is here: the CMS and the fixture that has it. */
  why: string;
}

export const CONTENT_RULES: readonly ContentRule[] = [
  {
    name: 'trs-editor',
    selector: '.TRS_Editor, .TRS_UEDITOR',
    why: 'TRS WCM, the most common provincial CMS (tianjin-gxj-2020, trs-wcm-*)',
  },
  {
    name: 'vsb-content',
    selector: 'form[name="_newscontent_fromname"] [id^="vsb_content"], [id^="vsb_content"], .v_news_content',
    why: 'VSB (博达) sites wrap the article in a <form> with div#vsb_content (vsb-form-*)',
  },
  {
    name: 'ucap-content',
    selector: '#UCAP-CONTENT, .pages_content',
    why: '开普云 UCAP, used by gov.cn and Guangdong portals (jiangmen-gxj-2024)',
  },
  {
    name: 'dahan-zoom',
    selector: '#zoom, .bt_content',
    why: '大汉 Hanweb JCMS article body (tianjin-binhai-2024, hanweb-*)',
  },
  {
    name: 'article-content',
    selector: '#article-content, .article-content, .article_content, .articleContent',
    why: 'common template class (zhuzhou-gxj-2024)',
  },
  {
    name: 'content-misc',
    selector: '#Zoom, .zw, #zw, .xxgk_content, .con_text, .content_text, .news_content, #mainText, .wzy_content',
    why: 'frequent class names of smaller vendors (misc-cms-*)',
  },
];

/** Minimum CJK characters a rule's element must hold before we trust it over density. */
export const MIN_RULE_CJK = 40;
