/**
 * metadata.reportYear is the year the report is about (spec/cli-contract.md): a 2024 report
 * published in 2025 has 2024, and a 政府工作报告 titled for the year it is delivered in reports
 * on the year before.
 */
import { describe, expect, it } from 'vitest';
import { readReportYear } from '../../core/metadata';
import type { Block } from '../../core/types';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ type: 'p', text, start: 0 }));

describe('reportYear', () => {
  it('is the year in the title of an annual report', () => {
    expect(readReportYear('澜江市2024年法治政府建设情况报告', blocks('2024年，我局坚持…'))).toBe(2024);
    expect(readReportYear('2023-2024年度工作总结', [])).toBe(2024);
  });

  it('of a 政府工作报告 is the year it reviews, not the year it is delivered in', () => {
    expect(
      readReportYear(
        '2025年临河县人民政府工作报告',
        blocks('——2025年1月9日在临河县第十八届人民代表大会第五次会议上', '各位代表：', '一、2024年工作回顾'),
      ),
    ).toBe(2024);
    expect(readReportYear('2025年政府工作报告', blocks('各位代表：', '一、2024年工作回顾'))).toBe(2024);
    expect(readReportYear('政府工作报告', blocks('各位代表：', '一、2024年工作回顾'))).toBe(2024);
  });

  it('of a 工作报告 that says nothing of a year before keeps its title year', () => {
    expect(readReportYear('2024年政府工作报告', blocks('各位代表：', '过去一年，我们…'))).toBe(2024);
    expect(readReportYear('2025年工作报告', blocks('一、2025年工作回顾'))).toBe(2025);
  });
});
