import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load';
import { findAttachments } from '../../core/attachments';

const page = (body: string) =>
  parseHtml(
    `<!doctype html><html><body>${body}</body></html>`,
    'https://www.example.gov.cn/art/2025/2/18/art_1_2.html',
  );

describe('findAttachments', () => {
  it('reads the 附件 blocks of TRS, 大汉 and VSB pages and plain file links, once each, in order', () => {
    const doc = page(`
      <div class="fj">附件：<a href="./P020250218512.pdf">2024年度法治政府建设工作情况报告.pdf</a></div>
      <p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=a1b2c3.docx">附件1：统计表</a></p>
      <ul class="attach"><li><a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&amp;wbfileid=99">政府信息公开工作年度报告.wps</a></li></ul>
      <a href="https://oss.example.com/files/%E5%B9%B4%E6%8A%A5.ofd#page=2">下载</a>
      <a href="./P020250218512.pdf">再次链接</a>
      <a href="/art/2025/2/19/art_1_3.html">下一篇</a>
      <a href="javascript:void(0)">打印.pdf</a>
      <a href="/files/data.xlsx">数据表.xlsx</a>`);
    expect(findAttachments(doc)).toEqual([
      {
        url: 'https://www.example.gov.cn/art/2025/2/18/P020250218512.pdf',
        text: '2024年度法治政府建设工作情况报告.pdf',
        type: 'pdf',
      },
      {
        url: 'https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=a1b2c3.docx',
        text: '统计表',
        type: 'docx',
      },
      {
        url: 'https://www.example.gov.cn/system/_content/download.jsp?urltype=news.DownloadAttachUrl&wbfileid=99',
        text: '政府信息公开工作年度报告.wps',
        type: 'wps',
      },
      { url: 'https://oss.example.com/files/%E5%B9%B4%E6%8A%A5.ofd', text: '年报.ofd', type: 'ofd' },
    ]);
  });

  it('names a file by its query when the link says only 下载', () => {
    const doc = page('<a href="/module/download/downfile.jsp?filename=2024%E5%B9%B4%E6%8A%A5.pdf">下载</a>');
    expect(findAttachments(doc)[0]).toMatchObject({ text: '2024年报.pdf', type: 'pdf' });
  });

  it('finds nothing on a page without files', () => {
    expect(findAttachments(page('<a href="/index.html">首页</a><a href="mailto:a@b.cn">a.pdf</a>'))).toEqual([]);
  });
});
