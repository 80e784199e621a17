/**
 * Parallel Vietnamese/English phrase banks for synthetic articles. Each entry is one sentence (or
 * heading, caption, list item) in both languages, so a generated English article is a translation
 * of its Vietnamese original sentence by sentence, as real translations on the site are.
 *
 * Slots in braces are filled per article (src: scripts/bench/lib/corpus/text.ts):
 *   {D} the district with its kind ("huyện Tân Trụ" / "Tân Trụ district"); {d} the name alone;
 *   {kind} "huyện" / "district"; {p} the province; {y} the year, {y0} four years earlier,
 *   {y1} the next year; {c}, {c2} communes; {hamlet}; {person}, {personF} people; {role} a title;
 *   {doc} the first cited document ("Nghị quyết số 55-NQ/HU" / "Resolution 55-NQ/HU");
 *   {author} the byline; {n1}…{n19} counts; {pct}…{pct8} percentages; {money} income;
 *   {bn}, {bn2} billions of dong; {money2} millions of dong.
 */

export type Pair = readonly [vi: string, en: string];

export const titles: readonly Pair[] = [
  ['{d} phát động phong trào thi đua yêu nước năm {y}', '{d} launches the {y} patriotic emulation movement'],
  ['{d} sơ kết {n2} tháng thực hiện nghị quyết về xây dựng nông thôn mới', '{d} reviews {n2} months of its new rural area resolution'],
  ['{d} tổng kết công tác thi đua, khen thưởng năm {y}', '{d} reviews emulation and commendation work in {y}'],
  ['{d} triển khai kế hoạch cải cách hành chính năm {y}', '{d} rolls out its {y} administrative reform plan'],
  ['{d} ký kết giao ước thi đua năm {y}', '{d} signs the {y} emulation pledge'],
  ['{d}: {n4} xã đạt chuẩn nông thôn mới nâng cao', '{d}: {n4} communes meet the advanced new rural area standard'],
  ['{d} biểu dương điển hình tiên tiến giai đoạn {y0} - {y}', '{d} honours model examples of {y0}–{y}'],
  ['{d} đẩy mạnh chuyển đổi số trong cơ quan nhà nước', '{d} steps up digital transformation in state agencies'],
  ['{d} hoàn thành chỉ tiêu giao quân năm {y}', '{d} meets its {y} military enlistment target'],
  ['{d} ra quân xây dựng nông thôn mới tại xã {c}', '{d} launches a new rural area drive in {c} commune'],
  [
    '{d} đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    "{d} steps up the study and following of Hồ Chí Minh's ideology, ethics and style",
  ],
  ['{d} khen thưởng {n8} tập thể, cá nhân tiêu biểu', '{d} commends {n8} outstanding groups and individuals'],
  ['{d} tổng kết phong trào “Dân vận khéo” năm {y}', '{d} reviews the {y} “Skilful mass mobilisation” movement'],
  ['{d} nâng cao chất lượng sinh hoạt chi bộ', '{d} improves the quality of Party cell meetings'],
  ['{d} phát triển sản phẩm OCOP gắn với du lịch nông thôn', '{d} develops OCOP products linked to rural tourism'],
  ['Xã {c} ({d}) về đích nông thôn mới kiểu mẫu', '{c} commune ({d}) reaches the model new rural area standard'],
  ['{d} chung tay vì người nghèo, không để ai bị bỏ lại phía sau', '{d} joins hands for the poor, leaving no one behind'],
  ['{d} quyết tâm hoàn thành các chỉ tiêu kinh tế - xã hội năm {y}', '{d} sets out to meet its {y} socio-economic targets'],
];

export const ledes: readonly Pair[] = [
  [
    'Năm {y}, {D} tập trung triển khai các phong trào thi đua yêu nước gắn với thực hiện nhiệm vụ phát triển kinh tế - xã hội, đạt nhiều kết quả quan trọng.',
    'In {y}, {D} focused on patriotic emulation movements tied to its socio-economic tasks, with significant results.',
  ],
  [
    '{D} vừa tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện phong trào thi đua và triển khai nhiệm vụ trọng tâm thời gian tới.',
    '{D} has held a conference to review the emulation movement and set out its key tasks for the period ahead.',
  ],
  [
    'Với sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân, phong trào xây dựng nông thôn mới ở {D} ngày càng đi vào chiều sâu.',
    "With the whole political system involved and the people's support, the new rural area movement in {D} keeps deepening.",
  ],
  [
    'Thực hiện {doc}, {D} đã cụ thể hóa thành các chương trình, kế hoạch hành động, tạo chuyển biến rõ nét trên nhiều lĩnh vực.',
    'Implementing {doc}, {D} turned it into concrete action programmes and plans, bringing clear change in many fields.',
  ],
  [
    'Sau {n2} tháng triển khai, phong trào thi đua ở {D} đã lan tỏa rộng khắp, nhiều mô hình hay, cách làm sáng tạo được nhân rộng.',
    'After {n2} months, the emulation movement in {D} has spread widely, and many good models and creative approaches have been replicated.',
  ],
];

export const headings: readonly Pair[] = [
  ['Hiểu đúng, nhận thức sâu', 'Understanding it right'],
  ['Thi đua ở từng cấp, ngành, địa phương', 'Emulation at every level, sector and locality'],
  ['Kết quả nổi bật', 'Notable results'],
  ['Những khó khăn, hạn chế', 'Difficulties and shortcomings'],
  ['Nhiệm vụ, giải pháp thời gian tới', 'Tasks and solutions ahead'],
  ['Phát huy vai trò nêu gương', 'Leading by example'],
  ['Chuyển đổi số trong cải cách hành chính', 'Digital transformation in administrative reform'],
  ['Xây dựng nông thôn mới nâng cao', 'Building advanced new rural areas'],
  ['Huy động sức dân', "Mobilising the people's strength"],
  ['Khen thưởng kịp thời, đúng người, đúng việc', 'Timely, well-targeted commendation'],
  ['Bảo đảm quốc phòng, an ninh', 'Ensuring defence and security'],
  ['Phát triển kinh tế bền vững', 'Sustainable economic development'],
];

export const sentences: readonly Pair[] = [
  [
    'Thời gian qua, cấp ủy, chính quyền {D} đã tập trung lãnh đạo, chỉ đạo triển khai đồng bộ các phong trào thi đua yêu nước, gắn với thực hiện nhiệm vụ chính trị của địa phương.',
    "Over the past period, the Party committee and authorities of {D} have focused on leading the coordinated roll-out of patriotic emulation movements, linked to the locality's political tasks.",
  ],
  [
    'Theo báo cáo của Ủy ban nhân dân {D}, năm {y} toàn {kind} có {n1}/{n2} chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch, thu nhập bình quân đầu người ước đạt {money}/năm.',
    "According to the {D} People's Committee, in {y} the {kind} met or exceeded {n1} of its {n2} socio-economic targets, and average income per person is estimated at {money} a year.",
  ],
  [
    'Các phong trào thi đua được phát động với nội dung thiết thực, hình thức phong phú, phù hợp với từng đối tượng, qua đó tạo khí thế thi đua sôi nổi trong cán bộ, đảng viên và nhân dân.',
    'The movements were launched with practical content and varied forms suited to each group, creating lively enthusiasm among officials, Party members and residents.',
  ],
  [
    'Đến nay, {D} có {n3} xã đạt chuẩn nông thôn mới, {n4} xã đạt chuẩn nông thôn mới nâng cao và {n5} xã đạt chuẩn nông thôn mới kiểu mẫu.',
    'To date, {D} has {n3} communes meeting the new rural area standard, {n4} meeting the advanced standard and {n5} meeting the model standard.',
  ],
  [
    '{role} {person} nhấn mạnh: Thi đua phải thực chất, tránh hình thức; khen thưởng phải kịp thời, đúng người, đúng việc, có tác dụng nêu gương, lan tỏa.',
    '{person}, {role}, stressed that emulation must be genuine rather than for show, and commendation timely, well targeted and an example that spreads.',
  ],
  [
    'Công tác cải cách hành chính tiếp tục được đẩy mạnh; tỷ lệ hồ sơ giải quyết đúng hạn đạt {pct}, tỷ lệ hồ sơ trực tuyến toàn trình tăng rõ rệt so với cùng kỳ.',
    'Administrative reform was stepped up: {pct} of applications were settled on time, and the share handled fully online rose markedly year on year.',
  ],
  [
    'Nhân dân tự nguyện hiến {n6} m² đất, đóng góp hơn {money2} cùng hàng nghìn ngày công để làm đường giao thông nông thôn, xây dựng cầu, lắp đặt đèn chiếu sáng.',
    'Residents voluntarily gave {n6} m² of land, more than {money2} and thousands of workdays to build rural roads and bridges and install street lighting.',
  ],
  [
    'Bên cạnh kết quả đạt được, phong trào vẫn còn một số hạn chế: có nơi tổ chức còn hình thức, việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến chưa thường xuyên.',
    'Alongside the results, some shortcomings remain: in places the movement was run for show, and model examples were not regularly identified, supported and replicated.',
  ],
  [
    'Thực hiện {doc}, các chi bộ, đảng bộ trực thuộc đã cụ thể hóa thành chương trình, kế hoạch hành động sát với tình hình thực tế của đơn vị.',
    'Implementing {doc}, the Party cells and affiliated Party organisations turned it into action programmes and plans close to the actual situation of each unit.',
  ],
  [
    'Xã {c} là địa phương dẫn đầu phong trào với nhiều mô hình hay như “Tuyến đường hoa”, “Ấp văn minh”, “Tổ tự quản bảo vệ môi trường”.',
    '{c} commune leads the movement with good models such as “Flower roads”, “Civilised hamlets” and “Self-managed environmental protection groups”.',
  ],
  [
    'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội {D} tích cực vận động hội viên, đoàn viên tham gia, góp phần tạo sự đồng thuận cao trong nhân dân.',
    'The {D} Fatherland Front and socio-political organisations encouraged their members to take part, helping build broad consensus among residents.',
  ],
  [
    'Năm {y}, tổng vốn huy động xây dựng nông thôn mới trên địa bàn đạt hơn {bn} tỷ đồng, trong đó vốn ngân sách nhà nước chiếm khoảng {pct2}.',
    'In {y}, total funds mobilised for new rural area building in the area exceeded {bn} billion đồng, about {pct2} of it from the state budget.',
  ],
  [
    'Chương trình mỗi xã một sản phẩm (OCOP) được quan tâm thực hiện, đến nay toàn {kind} có {n7} sản phẩm đạt từ 3 sao trở lên.',
    'The One Commune One Product (OCOP) programme received attention; the {kind} now has {n7} products rated three stars or more.',
  ],
  [
    'Công tác quốc phòng, quân sự địa phương được duy trì; {D} hoàn thành 100% chỉ tiêu giao quân, tình hình an ninh chính trị, trật tự an toàn xã hội ổn định.',
    'Local defence and military work was maintained; {D} met 100% of its enlistment target, and political security and public order remained stable.',
  ],
  [
    'Thời gian tới, {D} tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vị trí, vai trò của công tác thi đua, khen thưởng.',
    'In the coming period, {D} will keep stepping up communication to raise awareness among officials, Party members and residents of the role of emulation and commendation work.',
  ],
  [
    'Việc chuyển đổi số được triển khai mạnh mẽ: {pct3} cơ quan, đơn vị sử dụng văn bản điện tử có chữ ký số, các tổ công nghệ số cộng đồng hoạt động ở tất cả các ấp, khu phố.',
    'Digital transformation was pushed hard: {pct3} of agencies use electronic documents with digital signatures, and community digital technology teams work in every hamlet and neighbourhood.',
  ],
  [
    'Tại hội nghị, Ủy ban nhân dân {D} đã tặng giấy khen cho {n8} tập thể và {n9} cá nhân có thành tích xuất sắc trong phong trào thi đua.',
    "At the conference, the {D} People's Committee awarded certificates of merit to {n8} groups and {n9} individuals for outstanding achievements in the movement.",
  ],
  [
    'Đồng chí {person} đề nghị các cơ quan, đơn vị bám sát chức năng, nhiệm vụ được giao để xây dựng kế hoạch thi đua cụ thể, có tiêu chí rõ ràng, dễ đánh giá.',
    '{person} asked agencies and units to base their emulation plans on their assigned functions and tasks, with clear criteria that are easy to assess.',
  ],
  [
    'Nhiều hộ gia đình đã chuyển đổi cơ cấu cây trồng, vật nuôi, ứng dụng khoa học kỹ thuật vào sản xuất, mang lại thu nhập ổn định, góp phần giảm tỷ lệ hộ nghèo xuống còn {pct4}.',
    'Many households changed their crops and livestock and applied science and technology in production, earning steady incomes and helping cut the poverty rate to {pct4}.',
  ],
  [
    'Hệ thống chính trị cơ sở được củng cố, kiện toàn; chất lượng sinh hoạt chi bộ từng bước được nâng lên, nhất là sinh hoạt chuyên đề.',
    'The grassroots political system was strengthened; the quality of Party cell meetings, especially themed meetings, gradually improved.',
  ],
  [
    'Theo ông {person}, kết quả này có được là nhờ sự vào cuộc quyết liệt của cả hệ thống chính trị và sự đồng lòng, chung sức của nhân dân.',
    "According to {person}, the result came from the determined involvement of the whole political system and the people's shared effort.",
  ],
  [
    'Hưởng ứng phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, {D} đã xây dựng, sửa chữa {n10} căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo.',
    'Answering the call of the “Whole country joins hands for the poor – Leave no one behind” movement, {D} built or repaired {n10} solidarity houses for poor and near-poor households.',
  ],
  [
    'Công tác giáo dục được chú trọng; tỷ lệ trường đạt chuẩn quốc gia đạt {pct5}, chất lượng dạy và học có nhiều chuyển biến tích cực.',
    'Education was given priority: {pct5} of schools meet national standards, and the quality of teaching and learning improved markedly.',
  ],
  [
    'Lãnh đạo {D} yêu cầu các ngành chức năng tăng cường kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc cho cơ sở trong quá trình thực hiện.',
    'The {D} leadership asked the relevant agencies to step up inspection and supervision and promptly resolve the difficulties the grassroots meet.',
  ],
  [
    'Giai đoạn {y0} - {y}, toàn {kind} đã giải quyết việc làm mới cho khoảng {n11} lao động, trong đó nhiều lao động được đào tạo nghề gắn với nhu cầu của doanh nghiệp.',
    "In {y0}–{y}, the {kind} created new jobs for about {n11} workers, many of them trained in trades matched to businesses' needs.",
  ],
  [
    'Các mô hình “Dân vận khéo” được nhân rộng trên nhiều lĩnh vực, từ phát triển kinh tế, giữ gìn vệ sinh môi trường đến bảo đảm an ninh, trật tự ở khu dân cư.',
    '“Skilful mass mobilisation” models spread across many fields, from economic development and a clean environment to security and order in residential areas.',
  ],
  [
    'Bà {personF}, Chủ tịch Hội Liên hiệp Phụ nữ {D}, cho biết: Hội đã vận động hội viên tham gia mô hình “Nhà sạch, vườn đẹp”, đến nay đã có hơn {n12} hộ đăng ký thực hiện.',
    "{personF}, chair of the {D} Women's Union, said the union had encouraged members to join the “Clean house, beautiful garden” model, and more than {n12} households have signed up.",
  ],
  [
    'Bên cạnh đó, {D} chú trọng phát triển hạ tầng giao thông, thủy lợi phục vụ sản xuất; nhiều tuyến đường liên xã, liên ấp được nhựa hóa, bê tông hóa.',
    '{D} also focused on transport and irrigation for production; many inter-commune and inter-hamlet roads were asphalted or concreted.',
  ],
  [
    'Để hoàn thành các mục tiêu đề ra, {D} xác định cần phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu cấp ủy, chính quyền.',
    'To reach its goals, {D} has resolved that officials and Party members must set an example, starting with the heads of Party committees and authorities.',
  ],
  [
    'Thông qua phong trào, nhiều tập thể, cá nhân điển hình đã được phát hiện, biểu dương, khen thưởng, tạo sức lan tỏa sâu rộng trong cộng đồng.',
    'Through the movement, many exemplary groups and individuals were identified, praised and rewarded, inspiring the wider community.',
  ],
  [
    'Tổng thu ngân sách nhà nước trên địa bàn năm {y} đạt {bn2} tỷ đồng, đạt {pct6} dự toán được giao.',
    'State budget revenue in the area in {y} reached {bn2} billion đồng, {pct6} of the estimate.',
  ],
  [
    'Xã {c2} đã huy động nguồn lực xã hội hóa để xây dựng nhà văn hóa ấp, sân chơi cho thiếu nhi và tuyến đường hoa dài hơn {n13} km.',
    "{c2} commune raised private contributions to build hamlet cultural houses, children's playgrounds and a flower-lined road more than {n13} km long.",
  ],
  [
    'Đảng bộ {D} hiện có {n14} tổ chức cơ sở đảng với hơn {n15} đảng viên; năm {y} kết nạp được {n16} đảng viên mới, đạt và vượt chỉ tiêu đề ra.',
    'The {D} Party organisation has {n14} grassroots Party organisations with more than {n15} members; in {y} it admitted {n16} new members, meeting its target.',
  ],
  [
    'Ngành y tế {D} thực hiện tốt công tác chăm sóc sức khỏe ban đầu cho nhân dân, tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct7}.',
    'The {D} health sector provided good primary care, and {pct7} of residents have health insurance.',
  ],
  [
    'Nhiều doanh nghiệp, nhà hảo tâm trên địa bàn đã đồng hành cùng địa phương trong các chương trình an sinh xã hội, trao học bổng cho học sinh nghèo vượt khó.',
    "Many local businesses and donors supported the locality's social welfare programmes and gave scholarships to poor students who study hard.",
  ],
  [
    'Ông {person}, người dân ấp {hamlet}, xã {c}, chia sẻ: Từ khi có đường bê tông, việc đi lại, vận chuyển nông sản thuận tiện hơn nhiều, bà con ai cũng phấn khởi.',
    '{person}, who lives in {hamlet} hamlet, {c} commune, said: Since the concrete road was built, getting around and carrying produce has been much easier, and everyone is pleased.',
  ],
  [
    'Năm {y1}, {D} phấn đấu có thêm {n17} xã đạt chuẩn nông thôn mới nâng cao và ít nhất {n18} ấp đạt chuẩn ấp nông thôn mới kiểu mẫu.',
    'In {y1}, {D} aims to add {n17} communes meeting the advanced new rural area standard and at least {n18} model new rural hamlets.',
  ],
  [
    'Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được thực hiện nghiêm túc, góp phần giữ vững kỷ cương, kỷ luật trong Đảng.',
    'Party inspection, supervision and discipline were carried out rigorously, helping keep order and discipline in the Party.',
  ],
  [
    'Hội nghị cũng đã thảo luận, thống nhất các giải pháp trọng tâm nhằm thực hiện thắng lợi nhiệm vụ chính trị năm {y1}.',
    'The conference also discussed and agreed on key measures to carry out the political tasks of {y1} successfully.',
  ],
  [
    'Các hợp tác xã, tổ hợp tác tiếp tục được củng cố, nâng cao hiệu quả hoạt động, liên kết với doanh nghiệp trong tiêu thụ sản phẩm cho nông dân.',
    "Cooperatives and cooperative groups were consolidated and made more effective, and linked with businesses to sell farmers' produce.",
  ],
  [
    'Phong trào toàn dân bảo vệ an ninh Tổ quốc có nhiều chuyển biến, với {n19} mô hình tự quản về an ninh, trật tự hoạt động hiệu quả.',
    'The all-people movement to protect national security made progress, with {n19} self-managed security and order models working effectively.',
  ],
  [
    'Thực tiễn cho thấy, ở đâu cấp ủy, chính quyền quan tâm, người đứng đầu sâu sát thì ở đó phong trào thi đua phát triển mạnh, hiệu quả cao.',
    'Experience shows that where Party committees and authorities pay attention and leaders stay close to the ground, the movement grows strongly and effectively.',
  ],
  [
    'Dịp này, {D} đã phát động đợt thi đua cao điểm chào mừng các ngày lễ lớn của đất nước và của tỉnh {p}.',
    "On this occasion, {D} launched a peak emulation drive to mark the country's and {p} province's major anniversaries.",
  ],
  [
    'Với những kết quả đạt được, {D} vinh dự được Ủy ban nhân dân tỉnh {p} tặng Cờ thi đua xuất sắc.',
    "For these results, {D} received the Emulation Flag for excellence from the {p} Provincial People's Committee.",
  ],
  [
    'Cùng với đó, công tác bảo vệ môi trường được quan tâm, tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt {pct8}.',
    'Environmental protection also got attention, with {pct8} of household solid waste collected and treated.',
  ],
];

export const listIntros: readonly Pair[] = [
  ['Các chỉ tiêu chủ yếu năm {y1} gồm:', 'The main targets for {y1} are:'],
  ['Một số kết quả nổi bật:', 'Some notable results:'],
];

export const listItems: readonly Pair[] = [
  ['Thu nhập bình quân đầu người đạt {money}/năm;', 'Average income of {money} per person a year;'],
  ['Giảm tỷ lệ hộ nghèo còn dưới {pct4};', 'Poverty rate below {pct4};'],
  ['{n17} xã đạt chuẩn nông thôn mới nâng cao;', '{n17} communes meeting the advanced new rural area standard;'],
  ['100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng hạn;', 'All administrative applications received and settled on time;'],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên {pct7};', 'Health insurance coverage above {pct7};'],
  ['Hoàn thành 100% chỉ tiêu giao quân;', 'The enlistment target met in full;'],
  ['Kết nạp {n16} đảng viên mới;', '{n16} new Party members admitted;'],
  ['{n7} sản phẩm OCOP đạt từ 3 sao trở lên.', '{n7} OCOP products rated three stars or more.'],
];

export const captions: readonly Pair[] = [
  ['Quang cảnh hội nghị phát động thi đua tại {D}. Ảnh: {author}', 'The emulation launch conference in {D}. Photo: {author}'],
  [
    'Lãnh đạo {D} trao giấy khen cho các tập thể tiêu biểu. Ảnh: {author}',
    '{D} leaders present certificates of merit to outstanding groups. Photo: {author}',
  ],
  [
    'Tuyến đường bê tông tại xã {c} do nhân dân đóng góp xây dựng. Ảnh: {author}',
    "A concrete road in {c} commune built with residents' contributions. Photo: {author}",
  ],
  ['Sản phẩm OCOP của {D} được giới thiệu tại hội chợ. Ảnh: {author}', '{D} OCOP products on show at a fair. Photo: {author}'],
  ['Các đại biểu ký kết giao ước thi đua năm {y}. Ảnh: {author}', 'Delegates sign the {y} emulation pledge. Photo: {author}'],
  [
    'Cán bộ bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: {author}',
    'One-stop-shop staff help residents apply online. Photo: {author}',
  ],
];

/** Boxed notes for MDX articles: [title, text] in each language. */
export const callouts: readonly { title: Pair; text: Pair }[] = [
  {
    title: ['Ghi nhận', 'At a glance'],
    text: [
      'Năm {y}, {n8} tập thể và {n9} cá nhân được khen thưởng trong phong trào thi đua.',
      'In {y}, {n8} groups and {n9} individuals were commended in the movement.',
    ],
  },
  {
    title: ['Số liệu', 'Figures'],
    text: [
      'Vốn huy động xây dựng nông thôn mới: hơn {bn} tỷ đồng. Tỷ lệ hộ nghèo: {pct4}.',
      'Funds mobilised for new rural areas: more than {bn} billion đồng. Poverty rate: {pct4}.',
    ],
  },
  {
    title: ['Văn bản liên quan', 'Related document'],
    text: ['Bài viết nhắc đến {doc}.', 'This article refers to {doc}.'],
  },
  {
    title: ['Bối cảnh', 'Background'],
    text: [
      'Phong trào thi đua ái quốc do Chủ tịch Hồ Chí Minh phát động ngày 11/6/1948.',
      'The patriotic emulation movement was launched by President Hồ Chí Minh on 11 June 1948.',
    ],
  },
];

export const people = {
  surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
  maleMiddle: ['Văn', 'Minh', 'Hữu', 'Thanh', 'Quốc', 'Công', 'Đức'],
  femaleMiddle: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim'],
  maleGiven: ['Hùng', 'Dũng', 'Phước', 'Tâm', 'Lộc', 'Thắng', 'Nghĩa', 'Hải', 'Trí', 'Tuấn', 'Quang', 'Đạt'],
  femaleGiven: ['Hồng', 'Nhung', 'Lan', 'Thảo', 'Hạnh', 'Trang', 'Ngân', 'Phượng', 'Yến', 'Diễm'],
  /** Bylines as printed: pen names of two syllables. */
  bylines: [
    'Thanh Mỹ',
    'Châu Sơn',
    'Thanh Đồng',
    'Việt Cường',
    'Ngọc Hân',
    'Minh Trí',
    'Hoàng Vũ',
    'Phương Thảo',
    'Lâm Điền',
    'Bảo Trân',
    'Quốc Huy',
    'Thu Hà',
  ],
} as const;

export const communes: readonly string[] = [
  'An Ninh',
  'Phú Tâm',
  'Thuận Hòa',
  'Long Thới',
  'Hòa Nghĩa',
  'Tân Phước',
  'Bình Thạnh',
  'Mỹ Hiệp',
  'Phú Hưng',
  'Tân Hòa',
  'Vĩnh Kim',
  'Long Hưng',
  'Hòa Lợi',
  'Thạnh Phú',
  'An Khánh',
  'Tân Thành',
  'Mỹ Lộc',
  'Phước Hậu',
  'Đức Hòa',
  'Quới Sơn',
];

export const hamlets: readonly string[] = ['Bình Hòa', 'Tân Lập', 'Phú Long', 'Mỹ Thuận', 'An Lợi', 'Hòa Bình', 'Thạnh Lợi', 'Long Định'];

/** Roles by the district's Party committee name ("Huyện ủy") and kind word ("huyện"). */
export function roles(committee: string, kind: string, place: string): readonly Pair[] {
  return [
    [`Bí thư ${committee} ${place}`, `Secretary of the ${place} Party Committee`],
    [`Chủ tịch Ủy ban nhân dân ${kind} ${place}`, `Chairman of the ${place} People's Committee`],
    [`Phó Chủ tịch Ủy ban nhân dân ${kind} ${place}`, `Vice Chairman of the ${place} People's Committee`],
    [`Trưởng ban Tuyên giáo ${committee} ${place}`, `Head of the ${place} Party Committee's Propaganda Board`],
  ];
}
