import { join } from 'node:path';
import { loadModel, modelVersionAt, modelVersions, releaseDateOf } from '../../model/load-model.js';
import type { Model } from '../../model/types.js';
import { addMonths } from '../../dates/dates.js';
import { text } from '../../text.js';
import type { Procedure } from '../../unit/types.js';
import { UPDATE_GRACE_MONTHS } from '../../law/legal.js';
import { procedureOf } from '../file-data.js';
import { defineRule, type Finding } from '../rule.js';
import { describeLegal, isUnverified, longerThan } from '../../law/time.js';

export default defineRule({
  id: 'QMS034',
  alias: 'processing-time-within-law',
  clause: '7.2.1',
  severity: 'error',
  title: text(
    'Thời hạn giải quyết không dài hơn thời hạn luật định của TTHC',
    "The processing time is not longer than the TTHC's legal time",
  ),
  description: text(
    `Thời hạn giải quyết (processingTime) của quy trình TTHC được so với thời hạn của cùng TTHC trong phiên bản mô hình có hiệu lực vào ngày hiệu lực của quy trình (thời hạn luật định lúc ban hành) và trong phiên bản có hiệu lực vào ngày kiểm tra (--as-of). Dài hơn thời hạn lúc ban hành là lỗi (ví dụ đăng ký kết hôn cấp xã 05 ngày sau khi Nghị định 06/2012/NĐ-CP rút xuống 03 ngày làm việc). Dài hơn thời hạn của phiên bản mới hơn là cảnh báo trong ${UPDATE_GRACE_MONTHS} tháng kể từ ngày phát hành phiên bản đó, sau đó là lỗi. Thời hạn được so theo hạn trả kết quả của hồ sơ tiếp nhận vào mỗi thời điểm trong ngày: «ngay trong buổi làm việc» (same_session) ngắn hơn «trong ngày» (same_day), «trong ngày» không ghi giờ ngắn hơn «trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo» (cutoffHour 15), và các thời hạn tính theo ngày được tính tròn ngày sau ngày tiếp nhận. Thời hạn mô hình chưa đối chiếu được với văn bản (verified: false) không được dùng làm thời hạn luật định: dài hơn thời hạn đó chỉ được báo ở mức thông tin; thời hạn của chính quy trình chưa đối chiếu cũng được báo ở mức thông tin để người ký đối chiếu trước khi ban hành.`,
    `A TTHC procedure's processing time is compared with the same TTHC's time in the model version in force on the procedure's effective date (the legal time when issued) and in the version in force on the date checked (--as-of). Longer than the legal time when issued is an error (e.g. a commune marriage procedure at 05 days after NĐ 06/2012/NĐ-CP cut it to 03 working days). Longer than a newer version's time is a warning for ${UPDATE_GRACE_MONTHS} months after that version's release, then an error. Times compare by the deadline of a dossier received at each moment of the day: "within the working session" (same_session) is shorter than "same day" (same_day), "same day" without an hour is shorter than "same day; after 15:00 the next working day" (cutoffHour 15), and limits in days count whole days after the day of receipt. A time the model could not check against the law (verified: false) is never used as the legal time: being longer than it is reported at info level only; the procedure's own unchecked time is also reported at info level, so that the signer checks it before issuing.`,
  ),
  hint: text(
    'Rút ngắn thời hạn giải quyết theo văn bản đang có hiệu lực và ban hành lại quy trình.',
    'Shorten the processing time to what the law in force allows and re-issue the procedure.',
  ),
  collect() {
    // The versions of the unit's model, looked up once per unit.
    let versions: ModelVersions | undefined;
    return {
      file({ unit, file, report }) {
        const model = unit.model;
        const data = procedureOf(file, unit.asOf);
        if (!model || !data) return;
        versions ??= new ModelVersions(model);
        const id = data.tthc?.id;
        const time = data.processingTime;
        if (!id || !time) return;
        if (isUnverified(time)) report(ownTimeUnverified(file.relPath, time));
        const atIssue = versions.legalTimeAt(id, data.effectiveDate);
        if (atIssue && longerThan(time, atIssue.time) && isUnverified(atIssue.time)) {
          report(maximumUnverified(file.relPath, time, atIssue, model.meta.id));
          return;
        }
        if (atIssue && longerThan(time, atIssue.time)) {
          report({
            file: file.relPath,
            path: '/processingTime',
            message: text(
              `thời hạn giải quyết ${describeLegal(time, 'vi')} dài hơn thời hạn luật định ${describeLegal(atIssue.time, 'vi')} vào ngày hiệu lực ${data.effectiveDate} (mô hình ${model.meta.id} ${atIssue.version})`,
              `the processing time of ${describeLegal(time, 'en')} is longer than the legal ${describeLegal(atIssue.time, 'en')} on the effective date ${data.effectiveDate} (model ${model.meta.id} ${atIssue.version})`,
            ),
          });
          return;
        }
        if (unit.asOf <= data.effectiveDate) return;
        // The first release after the procedure took effect that shortened the time starts the grace.
        const now = versions.firstShorter(id, data.effectiveDate, unit.asOf, time);
        if (!now) return;
        if (isUnverified(now.time)) {
          report(maximumUnverified(file.relPath, time, now, model.meta.id));
          return;
        }
        const due = addMonths(now.releaseDate, UPDATE_GRACE_MONTHS);
        report({
          file: file.relPath,
          path: '/processingTime',
          severity: due <= unit.asOf ? 'error' : 'warning',
          message: text(
            `thời hạn giải quyết ${describeLegal(time, 'vi')} dài hơn thời hạn ${describeLegal(now.time, 'vi')} của mô hình ${model.meta.id} ${now.version} (phát hành ${now.releaseDate}); ban hành lại trước ${due}`,
            `the processing time of ${describeLegal(time, 'en')} is longer than the ${describeLegal(now.time, 'en')} of model ${model.meta.id} ${now.version} (released ${now.releaseDate}); re-issue by ${due}`,
          ),
        });
      },
    };
  },
});

type LegalTime = { version: string; releaseDate: string; time: NonNullable<Procedure['processingTime']> };

/**
 * The procedure's own time was not checked against the law (`verified: false`, copied from the model or
 * set by the unit): not a defect of the procedure, but the officer who signs must know, so it is said at
 * info level, with what to do.
 */
function ownTimeUnverified(file: string, time: NonNullable<Procedure['processingTime']>): Finding {
  return {
    file,
    path: '/processingTime/verified',
    severity: 'info',
    message: text(
      `thời hạn giải quyết ${describeLegal(time, 'vi')} chưa được đối chiếu với nguyên văn văn bản quy phạm pháp luật (verified: false); tài liệu in kèm lưu ý nhắc người ký đối chiếu`,
      `the processing time of ${describeLegal(time, 'en')} has not been checked against the text of the law (verified: false); the document prints a caution asking the signer to check it`,
    ),
    hint: text(
      'Đối chiếu thời hạn với văn bản tại mục 5.1 (Cơ sở pháp lý), sửa nếu khác, rồi xóa dòng verified: false trước khi ban hành.',
      'Check the time against the instruments in 5.1 (legal basis), correct it if it differs, then delete the verified: false line before issuing.',
    ),
  };
}

/**
 * The model's legal time for the TTHC is itself unchecked: measuring the procedure against it would
 * present an unchecked figure as the law's, so the difference is said at info level, never as an error.
 */
function maximumUnverified(
  file: string,
  time: NonNullable<Procedure['processingTime']>,
  law: LegalTime,
  modelId: string,
): Finding {
  return {
    file,
    path: '/processingTime',
    severity: 'info',
    message: text(
      `thời hạn giải quyết ${describeLegal(time, 'vi')} dài hơn thời hạn ${describeLegal(law.time, 'vi')} mà mô hình ${modelId} ${law.version} ghi cho TTHC này; thời hạn đó mô hình chưa đối chiếu được với văn bản nên không báo lỗi`,
      `the processing time of ${describeLegal(time, 'en')} is longer than the ${describeLegal(law.time, 'en')} model ${modelId} ${law.version} gives for this TTHC; the model has not checked that time against the law, so this is not reported as an error`,
    ),
    hint: text(
      'Xác định thời hạn luật định của TTHC trong văn bản tại mục 5.1 và sửa thời hạn giải quyết nếu dài hơn.',
      "Establish the TTHC's legal time from the instruments in 5.1 and shorten the processing time if it is longer.",
    ),
  };
}

/**
 * The versions of the unit's model, looked up once per unit (a unit has hundreds of procedures and the
 * model line has tens of versions: listing them and reading their release dates per procedure was
 * most of validate's time).
 */
class ModelVersions {
  private list?: string[] | null;
  private readonly atDate = new Map<string, LegalVersion | null>();
  private readonly loaded = new Map<string, Model>();

  constructor(private readonly model: Model) {}

  /** The TTHC's processing time in the version in force on `date` (none if it has none). */
  legalTimeAt(tthcId: string, date: string): LegalTime | undefined {
    let inForce = this.atDate.get(date);
    if (inForce === undefined) {
      try {
        const version = modelVersionAt(this.model.dir, date);
        inForce = { version, model: this.load(version) };
      } catch {
        inForce = null; // a model folder that cannot be read is QMS010's to report
      }
      this.atDate.set(date, inForce);
    }
    const time = inForce?.model.tthc.get(tthcId)?.processingTime;
    return inForce && time
      ? { version: inForce.version, releaseDate: inForce.model.meta.releaseDate, time }
      : undefined;
  }

  /** The first version released after `from` and on or before `to` whose time for the TTHC is shorter than `time`. */
  firstShorter(
    tthcId: string,
    from: string,
    to: string,
    time: NonNullable<Procedure['processingTime']>,
  ): LegalTime | undefined {
    if (this.list === undefined) {
      try {
        this.list = modelVersions(this.model.dir);
      } catch {
        this.list = null;
      }
    }
    let unchecked: LegalTime | undefined;
    for (const version of this.list ?? []) {
      if (version !== this.model.meta.version) {
        // The release date first: a version released outside (from, to] is never loaded.
        const own = releaseDateOf(join(this.model.dir, '..', version));
        if (own !== undefined && (own <= from || own > to)) continue;
      }
      const inForce = this.load(version);
      const released = inForce.meta.releaseDate;
      if (released <= from || released > to) continue;
      const law = inForce.tthc.get(tthcId)?.processingTime;
      if (!law || !longerThan(time, law)) continue;
      // A checked shorter time wins over an unchecked one released earlier (that one is only info).
      if (!isUnverified(law)) return { version, releaseDate: released, time: law };
      unchecked ??= { version, releaseDate: released, time: law };
    }
    return unchecked;
  }

  private load(version: string): Model {
    if (version === this.model.meta.version) return this.model;
    let model = this.loaded.get(version);
    if (!model) this.loaded.set(version, (model = loadModel(join(this.model.dir, '..', version))));
    return model;
  }
}

type LegalVersion = { version: string; model: Model };
