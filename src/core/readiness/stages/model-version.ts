import { QmsError } from '../../errors.js';
import { loadModel, modelVersionOnLineAt } from '../../model/load-model.js';
import { compareVersions } from '../../model/semver.js';
import { text } from '../../text.js';
import type { Gap } from '../check.js';
import { vnDate } from '../../dates/dates.js';
import type { Evidence } from '../evidence.js';
import { decided } from './steering.js';

/**
 * Advice when the unit's documents follow an older model version than the one in force: when they
 * were issued (a district issuing under 1.0.0 in June 2012 while 1.1.0 was out), or now. The model's
 * versions and their release dates are data (models/<id>/<version>/model.yaml).
 */
export function modelVersionAdvice(ev: Evidence, gaps: Gap[]): void {
  const m = ev.manifest?.model;
  if (!m) return;
  const issued = decided(ev.milestones.documentsIssued, ev.asOf)?.date;
  try {
    // On the unit's own line: a 2008 unit is told of 2.x releases; moving to 3.x is `qms transition`'s advice.
    const atIssue = issued ? modelVersionOnLineAt(m.id, m.version, issued) : undefined;
    const now = modelVersionOnLineAt(m.id, m.version, ev.asOf);
    const behindAtIssue = atIssue !== undefined && compareVersions(m.version, atIssue) < 0;
    const newest = behindAtIssue && compareVersions(atIssue, now) === 0 ? atIssue : now;
    if (compareVersions(m.version, newest) >= 0) return;
    const released = loadModel(m.id, newest).meta.releaseDate;
    const cmd = `qms model diff ${ev.dir} --to ${newest}`;
    gaps.push({
      code: 'model-version',
      key: `${m.id}@${newest}`,
      severity: 'advice',
      file: 'qms.yaml',
      path: '/model/version',
      pointsLost: 0,
      message: behindAtIssue
        ? text(
            `tài liệu ban hành ngày ${vnDate(issued!)} theo mô hình ${m.id} ${m.version} trong khi phiên bản ${atIssue} đã có từ ${vnDate(loadModel(m.id, atIssue).meta.releaseDate)}${newest !== atIssue ? `; hiện hành là ${newest}` : ''}`,
            `documents issued on ${issued} under model ${m.id} ${m.version} while ${atIssue} was out since ${loadModel(m.id, atIssue).meta.releaseDate}${newest !== atIssue ? `; ${newest} is current` : ''}`,
          )
        : text(
            `đơn vị theo mô hình ${m.id} ${m.version}; phiên bản ${newest} đã ban hành ngày ${vnDate(released)}`,
            `the unit follows model ${m.id} ${m.version}; version ${newest} was released on ${released}`,
          ),
      action: text(
        `Xem thay đổi (${cmd}) rồi cập nhật: qms model update ${ev.dir} --to ${newest} --date <ngày ban hành lại>.`,
        `See what changes (${cmd}), then update: qms model update ${ev.dir} --to ${newest} --date <re-issue date>.`,
      ),
    });
  } catch (error) {
    // A model given by path without versions, or one that cannot be read (QMS010 says why).
    if (!(error instanceof QmsError)) throw error;
  }
}
