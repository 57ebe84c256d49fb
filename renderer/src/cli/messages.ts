/**
 * Sentences for the bundle error codes, Vietnamese and English. The app shows these
 * through its i18n catalogues (`errors.<code>`); the CLI has no i18n, so it keeps this
 * copy. Parameters are written {{name}} as in i18next.
 */
export type Lang = 'vi' | 'en';

export const BUNDLE_MESSAGES: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  'bundle.file.tooLarge': {
    vi: 'Tệp quá lớn ({{size}} byte, tối đa {{max}}). Hãy xuất lại thành nhiều phần.',
    en: 'The file is too large ({{size}} bytes, at most {{max}}). Export it again in parts.',
  },
  'bundle.file.empty': { vi: 'Tệp rỗng. Hãy chép lại tệp từ USB.', en: 'The file is empty. Copy it from the USB drive again.' },
  'bundle.file.notUtf8': {
    vi: 'Tệp không phải gói dữ liệu Lưu trữ xã (không đọc được nội dung). Hãy kiểm tra lại tệp.',
    en: 'This is not a Lưu trữ xã bundle (its text cannot be read). Check the file.',
  },
  'bundle.file.notJson': {
    vi: 'Tệp bị hỏng hoặc chép thiếu. Hãy chép lại tệp từ USB hoặc đề nghị đơn vị gửi xuất lại.',
    en: 'The file is damaged or incomplete. Copy it again or ask the sender to export it again.',
  },
  'bundle.jws.malformed': {
    vi: 'Tệp không đúng cấu trúc gói dữ liệu có chữ ký. Hãy kiểm tra đúng tệp chưa.',
    en: 'The file does not have the structure of a signed bundle. Check it is the right file.',
  },
  'bundle.jws.header': {
    vi: 'Phần đầu chữ ký của gói không hợp lệ. Gói có thể đã bị sửa; đừng nhập và hãy báo đơn vị gửi.',
    en: 'The signature header is invalid. The bundle may have been altered; do not import it and tell the sender.',
  },
  'bundle.payload.notJson': {
    vi: 'Nội dung gói bị hỏng. Hãy đề nghị đơn vị gửi xuất lại.',
    en: 'The bundle content is damaged. Ask the sender to export it again.',
  },
  'bundle.key.invalid': {
    vi: 'Khóa ký không hợp lệ. Hãy kiểm tra tệp khóa.',
    en: 'The signing key is invalid. Check the key file.',
  },
  'bundle.key.generateFailed': {
    vi: 'Không tạo được khóa ký trên máy này. Hãy cập nhật phần mềm rồi thử lại.',
    en: 'Could not create a signing key on this computer. Update the software and try again.',
  },
  'bundle.kid.mismatch': {
    vi: 'Mã khóa ghi trong gói không khớp với khóa ký. Gói có thể đã bị giả mạo; đừng nhập.',
    en: 'The key id in the bundle does not match its signing key. It may be forged; do not import it.',
  },
  'bundle.signature.invalid': {
    vi: 'Chữ ký số không đúng: gói đã bị thay đổi sau khi ký hoặc bị hỏng. Đừng nhập; hãy đề nghị đơn vị gửi xuất lại.',
    en: 'The signature does not match: the bundle was changed after signing or is damaged. Do not import it; ask for a new export.',
  },
  'bundle.sign.failed': { vi: 'Không ký được gói dữ liệu. Hãy thử lại.', en: 'Could not sign the bundle. Try again.' },
  'bundle.format.unknown': {
    vi: 'Đây không phải gói dữ liệu của Lưu trữ xã.',
    en: 'This is not a Lưu trữ xã bundle.',
  },
  'bundle.format.unsupported': {
    vi: 'Gói dùng định dạng cũ phiên bản {{version}} không còn hỗ trợ. Hãy đề nghị đơn vị gửi cập nhật phần mềm và xuất lại.',
    en: 'The bundle uses old format version {{version}}, which is no longer supported. Ask the sender to update and export again.',
  },
  'bundle.format.tooNew': {
    vi: 'Gói được tạo bằng phiên bản phần mềm mới hơn (định dạng {{version}}). Hãy cập nhật Lưu trữ xã rồi nhập lại.',
    en: 'The bundle was made by a newer version of the software (format {{version}}). Update Lưu trữ xã and import again.',
  },
  'bundle.payload.invalid': {
    vi: 'Nội dung gói không hợp lệ (tại {{path}}). Đừng nhập; hãy báo đơn vị gửi.',
    en: 'The bundle content is invalid (at {{path}}). Do not import it; tell the sender.',
  },
  'bundle.record.invalid': {
    vi: 'Bản ghi thứ {{index}} của bảng {{table}} không hợp lệ (trường {{path}}). Hãy báo đơn vị gửi kiểm tra dữ liệu.',
    en: 'Record {{index}} of table {{table}} is invalid (field {{path}}). Ask the sender to check the data.',
  },
  'bundle.record.duplicate': {
    vi: 'Gói chứa hai lần cùng một bản ghi ({{table}}). Gói bị lỗi; hãy đề nghị xuất lại.',
    en: 'The bundle contains the same record twice ({{table}}). Ask for a new export.',
  },
  'bundle.record.foreignOrigin': {
    vi: 'Gói chứa bản ghi của đơn vị khác mà không được phép mang theo. Đừng nhập; hãy báo đơn vị gửi.',
    en: 'The bundle contains records of another unit it is not allowed to carry. Do not import it; tell the sender.',
  },
  'bundle.counts.mismatch': {
    vi: 'Số bản ghi khai báo của bảng {{table}} ({{declared}}) khác số thực có ({{actual}}). Gói bị lỗi; hãy đề nghị xuất lại.',
    en: 'Table {{table}} declares {{declared}} records but has {{actual}}. Ask for a new export.',
  },
  'bundle.carried.invalid': {
    vi: 'Danh sách đơn vị được chuyển tiếp trong gói không hợp lệ. Đừng nhập; hãy báo đơn vị gửi.',
    en: 'The list of carried units in the bundle is invalid. Do not import it; tell the sender.',
  },
  'bundle.rotation.invalid': {
    vi: 'Thông báo đổi khóa trong gói không hợp lệ. Đừng nhập; hãy gọi điện cho đơn vị gửi để xác minh.',
    en: 'The key-change announcement in the bundle is invalid. Do not import it; phone the sender to check.',
  },
  'bundle.signer.untrusted': {
    vi: 'Gói của {{unit}} được ký bằng một khóa lạ, khác khóa đã xác nhận. Đừng nhập; hãy gọi điện cho đơn vị gửi để đối chiếu dấu vân tay khóa.',
    en: 'The bundle from {{unit}} is signed with an unknown key, not the confirmed one. Do not import it; phone the sender and compare key fingerprints.',
  },
  'bundle.signer.revoked': {
    vi: 'Khóa ký của gói đã bị thu hồi. Đừng nhập; hãy đề nghị đơn vị gửi ký lại bằng khóa mới.',
    en: 'The bundle’s signing key has been revoked. Do not import it; ask the sender to sign with their new key.',
  },
  'bundle.signer.superseded': {
    vi: 'Gói được ký bằng khóa cũ sau khi đơn vị đã đổi khóa. Hãy đề nghị đơn vị gửi xuất lại bằng khóa mới.',
    en: 'The bundle is signed with the old key after the unit changed keys. Ask the sender to export again with the new key.',
  },
  'bundle.sequence.invalid': { vi: 'Số thứ tự gói không hợp lệ.', en: 'The bundle sequence number is invalid.' },
  'bundle.sequence.fork': {
    vi: 'Đã nhận một gói số {{sequence}} khác của đơn vị này. Hai gói cùng số nhưng khác nội dung: đừng nhập, hãy liên hệ đơn vị gửi.',
    en: 'A different bundle number {{sequence}} from this unit was already received. Same number, different content: do not import; contact the sender.',
  },
  'bundle.sequence.replay': {
    vi: 'Gói số {{sequence}} cũ hơn gói mới nhất đã nhận (số {{last}}) và chưa từng được nhập. Hãy kiểm tra lại có đúng tệp không.',
    en: 'Bundle number {{sequence}} is older than the latest received (number {{last}}) and was never imported. Check it is the right file.',
  },
  'bundle.parts.tooMany': {
    vi: 'Dữ liệu quá lớn: cần {{count}} phần. Hãy xuất theo từng khoảng thời gian.',
    en: 'Too much data: {{count}} parts would be needed. Export by period instead.',
  },
  'bundle.parts.inconsistent': {
    vi: 'Các phần của gói không cùng một bộ. Hãy chọn đủ các phần của cùng một lần xuất.',
    en: 'The parts do not belong to one set. Choose all parts of the same export.',
  },
  'bundle.parts.incomplete': {
    vi: 'Còn thiếu phần {{missing}} trên tổng số {{total}} phần. Hãy chép đủ các phần rồi nhập lại.',
    en: 'Part(s) {{missing}} of {{total}} are missing. Copy all parts and import again.',
  },
  'bundle.notVerified': {
    vi: 'Gói chưa được kiểm tra chữ ký nên không thể nhập.',
    en: 'The bundle has not been verified, so it cannot be imported.',
  },
  'bundle.verify.failed': {
    vi: 'Không kiểm tra được gói do lỗi không mong muốn. Dữ liệu chưa bị thay đổi.',
    en: 'The bundle could not be checked because of an unexpected error. Nothing was changed.',
  },
  'merge.ownOrigin': {
    vi: 'Bản ghi của chính đơn vị mình không được thay bằng dữ liệu từ nơi khác; đã bỏ qua.',
    en: 'Records of this unit cannot be replaced by data from elsewhere; skipped.',
  },
  'merge.originMismatch': {
    vi: 'Bản ghi mang mã của một đơn vị khác; đã bỏ qua.',
    en: 'The record has an id that belongs to another unit; skipped.',
  },
  'cli.usage': { vi: 'Cách dùng không đúng.', en: 'Wrong usage.' },
  'cli.fileRead': { vi: 'Không đọc được tệp {{file}}.', en: 'Cannot read file {{file}}.' },
  'cli.needsConfirmation': {
    vi: 'Có khóa chưa được xác nhận; hãy thêm vào tệp khóa tin cậy (--trust) hoặc dùng --accept-new-keys.',
    en: 'Some keys are not confirmed; add them to the trust file (--trust) or pass --accept-new-keys.',
  },
};

export function formatMessage(code: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const m = BUNDLE_MESSAGES[code];
  const text = m ? m[lang] : code;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? `{{${k}}}`));
}
