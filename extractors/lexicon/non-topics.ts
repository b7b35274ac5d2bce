// What an index carried from earlier sentences never reaches: a sentence about the economy or another index has
// figures of its own ("kinh tế Cà Mau … đứng thứ 3 khu vực", "Chỉ số PCI … đứng thứ 29/63").
export const NON_TOPIC_WORDS: readonly string[] = [
  // ("khu kinh tế" names a body, the Ban Quản lý Khu kinh tế: no non-topic)
  'tăng trưởng kinh tế', 'tăng trưởng nhanh', 'tăng trưởng khá', 'nền kinh tế', 'kinh tế - xã hội', 'grdp', 'thu ngân sách', 'thu hút đầu tư', 'vốn đầu tư', 'xuất khẩu', 'thu nhập bình quân',
  'tốc độ tăng trưởng', 'giải ngân', 'chuyển đổi số', 'năng lực cạnh tranh', 'môi trường kinh doanh',
];
/** Shares of dossiers that measure a channel or a system, not a result: "giải quyết 100% hồ sơ TTHC trên Hệ thống phần mềm". */
export const SYSTEM_SHARE_AFTER: readonly string[] = ['trên hệ thống', 'qua hệ thống', 'trên phần mềm', 'qua phần mềm', 'trên cổng dịch vụ công', 'được số hóa', 'số hóa'];

/** A line on one aspect of satisfaction ("- Sự hài lòng đối với …"), the opening of a survey's aspect lists. */
export const SATISFACTION_ASPECT_LINE = /^[\s+\-–•*]*(?:mức độ|sự) hài lòng (?:đối với|về|với)\s/u;
/** Satisfaction with policy-making ("mức độ hài lòng về xây dựng, tổ chức thực hiện chính sách"): neither a rate of
 *  service nor the SIPAS index. */
export const SATISFACTION_WITH_POLICY = /hài lòng[^.;%]{0,60}?chính sách/u;
