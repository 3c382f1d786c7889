"""Default onboarding journey templates, as pure data (no Django imports).

Loaded by the onboarding app (demo data and the admin's "reset to defaults"). Built from
/work/shared/domain/vietnam-ecommerce.md in the portal's own words.

Conventions:
- ``duration_days`` counts working days. Where the domain notes give a time limit it is
  used (online.gov.vn: account 3 WD, notification review 3 WD; SenMall review 1 WD;
  Alibaba.com A&V 1-2 weeks, membership live within 24 h). Everywhere else it is the
  portal's planning estimate for the business's own work, not a legal or platform time
  limit, and the guidance never presents it as one.
- Facts the notes mark UNVERIFIED appear only with an explicit "Chưa được xác minh" /
  "Not verified" mark in the guidance, telling the reader to check the official source.
- ``course_slugs`` link a step to courses in courses/demo_content.py. Completing a linked
  course approves the step automatically (onboarding.services.steps_complete_for_course),
  so courses are linked only to the "complete-course" learning step of each template and
  never to a step whose evidence staff must review.
"""

# Legal bases, stored as data so staff can update them in the admin when the law changes.
# Dates only where the notes give them; None means "not stated in the notes".
DECREE_52 = (
    "Nghị định 52/2013/NĐ-CP, sửa đổi bởi Nghị định 08/2018/NĐ-CP và Nghị định 85/2021/NĐ-CP"
)
DECREE_52_ART_27 = DECREE_52 + " (Điều 27: thông báo website/ứng dụng bán hàng)"
DECREE_52_ART_28 = DECREE_52 + " (Điều 28: thông tin phải công bố trên website bán hàng)"
DECREE_146 = "Nghị định 146/2025/NĐ-CP (phân cấp tiếp nhận thông báo cho UBND cấp tỉnh)"
DECREE_146_FROM = "2025-07-01"
DECREE_146_TO = "2027-02-28"
CIRCULAR_47 = "Thông tư 47/2014/TT-BCT, sửa đổi bởi Thông tư 01/2022/TT-BCT"
CIRCULAR_47_ART_13 = CIRCULAR_47 + " (Điều 13: website cung cấp dịch vụ TMĐT)"
CIRCULAR_01_2022_FROM = "2022-03-08"
DECREE_98 = "Nghị định 98/2020/NĐ-CP (xử phạt vi phạm hành chính trong thương mại)"
DECREE_98_FROM = "2020-10-15"
LAW_122 = "Luật Thương mại điện tử số 122/2025/QH15 (định danh người bán qua VNeID)"
LAW_122_FROM = "2026-07-01"

COURSE_BASICS = "thuong-mai-dien-tu-co-ban"
COURSE_NOTIFY = "thong-bao-website-ban-hang"
COURSE_STORES = "mo-gian-hang-shopee-lazada-tiki"
COURSE_EXPORT = "ban-hang-quoc-te-amazon-alibaba"
COURSE_OCOP = "dua-san-pham-ocop-len-san"
COURSE_SMALL_FLOORS = "ban-hang-tren-sendo-voso-postmart"


def _step(
    key,
    title,
    title_en,
    guidance,
    guidance_en,
    *,
    evidence="none",
    review_required=False,
    optional=False,
    depends_on=(),
    duration_days=1,
    course_slugs=(),
    legal=("", None, None),
):
    """One step dict in the exact format the loader expects."""
    legal_document, legal_valid_from, legal_valid_to = legal
    return {
        "key": key,
        "title": title,
        "title_en": title_en,
        "guidance": guidance,
        "guidance_en": guidance_en,
        "legal_document": legal_document,
        "legal_valid_from": legal_valid_from,
        "legal_valid_to": legal_valid_to,
        "evidence": evidence,
        "review_required": review_required,
        "optional": optional,
        "depends_on": list(depends_on),
        "duration_days": duration_days,
        "course_slugs": list(course_slugs),
    }


def _course_step(course_title, course_title_en, course_slugs, duration_days=3):
    """The learning step of a template: approved when a member completes a linked course."""
    return _step(
        "complete-course",
        "Hoàn thành khóa học hướng dẫn",
        "Complete the guidance course",
        f"Một thành viên của doanh nghiệp học hết khóa «{course_title}» trên cổng và đạt "
        "bài kiểm tra. Bước này tự động được duyệt khi khóa học hoàn thành.\n\n"
        "Bạn có thể làm song song các bước khác; khóa học giúp tránh các lỗi hồ sơ thường "
        "gặp.",
        f"A member of the business completes the course “{course_title_en}” on the portal "
        "and passes its quiz. This step is approved automatically when the course is "
        "completed.\n\n"
        "You can work on the other steps in parallel; the course helps you avoid common "
        "mistakes in the dossier.",
        course_slugs=course_slugs,
        duration_days=duration_days,
    )


IDENTITY_GUIDANCE = (
    "Xác thực danh tính người bán bằng căn cước công dân gắn chip hoặc tài khoản định danh "
    "điện tử VNeID theo hướng dẫn trong trang quản lý người bán của sàn. Shopee định danh "
    "toàn bộ người bán bằng CCCD gắn chip từ tháng 6/2025, và Luật Thương mại điện tử "
    "122/2025/QH15 (hiệu lực từ 01/07/2026) yêu cầu định danh người bán qua VNeID.\n\n"
    "Bằng chứng: tải lên ảnh chụp màn hình trang quản lý người bán cho thấy trạng thái đã "
    "định danh. Không tải ảnh hai mặt CCCD lên cổng; che số giấy tờ nếu nó hiện trên màn "
    "hình."
)
IDENTITY_GUIDANCE_EN = (
    "Verify the seller's identity with the chip-based citizen ID card (CCCD) or the VNeID "
    "electronic identity account, following the platform's seller centre. Shopee has "
    "identified all sellers by chip-based CCCD since June 2025, and the Law on E-commerce "
    "122/2025/QH15 (in force from 2026-07-01) requires seller identification via VNeID.\n\n"
    "Evidence: upload a screenshot of the seller centre showing the verified status. Do not "
    "upload pictures of the ID card itself; mask the ID number if it appears on screen."
)
IDENTITY_LEGAL = (LAW_122, LAW_122_FROM, None)

FIRST_LISTING_GUIDANCE = (
    "Đăng sản phẩm đầu tiên với tên rõ ràng, ảnh thật, mô tả trung thực, giá bán, phí và "
    "thời gian giao hàng, chính sách đổi trả. Với hàng cần giấy phép theo ngành hàng (ví "
    "dụ mỹ phẩm), chuẩn bị sẵn giấy tờ trước khi đăng.\n\n"
    "Bằng chứng: dán đường dẫn công khai tới sản phẩm hoặc gian hàng. Cán bộ sẽ kiểm tra "
    "thông tin hiển thị."
)
FIRST_LISTING_GUIDANCE_EN = (
    "Publish the first product with a clear name, real photos, an honest description, the "
    "price, shipping cost and time, and the return policy. For goods that need a category "
    "permit (cosmetics, for example), have the papers ready before listing.\n\n"
    "Evidence: paste the public link to the product or the shop. Staff will check what is "
    "displayed."
)

CHECK_SELLER_CENTRE = (
    "Yêu cầu cụ thể của sàn có thể thay đổi: luôn đối chiếu với hướng dẫn mới nhất trong "
    "trang dành cho người bán của sàn."
)
CHECK_SELLER_CENTRE_EN = (
    "The platform's exact requirements may change: always compare with the latest guidance "
    "in the platform's seller centre."
)


TEMPLATES = [
    # ------------------------------------------------------------------ notify-website
    {
        "key": "notify-website",
        "title": "Thông báo website bán hàng trên online.gov.vn",
        "title_en": "Notify a sales website at online.gov.vn",
        "description": (
            "Dành cho thương nhân, tổ chức hoặc cá nhân bán hàng hóa, dịch vụ của chính mình "
            "qua website hoặc ứng dụng riêng. Hành trình đi từ tạo tài khoản, khai báo hồ sơ, "
            "công bố thông tin trên website đến khi được xác nhận và gắn biểu tượng “Đã thông "
            "báo”. Từ 01/07/2025 đến 28/02/2027, UBND cấp tỉnh tiếp nhận và xét duyệt thông "
            "báo theo Nghị định 146/2025/NĐ-CP."
        ),
        "description_en": (
            "For traders, organisations or individuals who sell their own goods or services "
            "through their own website or app. The journey runs from creating an account, "
            "declaring the dossier and publishing the required information on the website to "
            "confirmation and displaying the “Đã thông báo” (notified) logo. From 2025-07-01 "
            "to 2027-02-28 the provincial People's Committee receives and reviews "
            "notifications under Decree 146/2025/ND-CP."
        ),
        "platform": "",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Thông báo website bán hàng trên online.gov.vn",
                "Notify your sales website at online.gov.vn",
                [COURSE_NOTIFY],
            ),
            _step(
                "create-account",
                "Đăng ký tài khoản trên online.gov.vn",
                "Register an account at online.gov.vn",
                "Đăng ký tài khoản tại online.gov.vn với: tên thương nhân, tổ chức hoặc cá "
                "nhân; số đăng ký kinh doanh, số quyết định thành lập hoặc mã số thuế cá "
                "nhân; ngành nghề kinh doanh; địa chỉ trụ sở hoặc thường trú; email và số "
                "điện thoại liên hệ.\n\n"
                "Thương nhân và cá nhân đăng nhập bằng mã số thuế; tổ chức tự chọn tên đăng "
                "nhập. Kết quả được trả lời qua email trong 3 ngày làm việc: cấp tài khoản, "
                "từ chối, hoặc yêu cầu bổ sung.",
                "Register at online.gov.vn with: the name of the trader, organisation or "
                "individual; the business-registration number, establishment-decision number "
                "or personal tax code; business lines; head-office or permanent address; "
                "contact e-mail and phone.\n\n"
                "Traders and individuals log in with their tax code; organisations choose a "
                "username. The reply comes by e-mail within 3 working days: account granted, "
                "rejected, or more information needed.",
                duration_days=3,
                legal=(DECREE_146, DECREE_146_FROM, DECREE_146_TO),
            ),
            _step(
                "declare-info",
                "Khai báo thông tin website",
                "Declare the website information",
                "Đăng nhập, chọn “Thông báo website” (hoặc “Thông báo ứng dụng”) và khai "
                "báo: tên miền; loại hàng hóa, dịch vụ; tên đăng ký của thương nhân, tổ chức "
                "hoặc tên cá nhân; địa chỉ trụ sở hoặc thường trú; số, ngày và nơi cấp giấy "
                "chứng nhận đăng ký kinh doanh (hoặc quyết định thành lập, hoặc mã số thuế cá "
                "nhân); họ tên, chức danh, số giấy tờ tùy thân, điện thoại và email của người "
                "đại diện và người chịu trách nhiệm về website.\n\n"
                "Chuẩn bị bản scan giấy chứng nhận đăng ký kinh doanh, giấy tờ của người đại "
                "diện, thông tin tên miền và nhà cung cấp dịch vụ lưu trữ (hosting).",
                "Log in, choose “Thông báo website” (or “Thông báo ứng dụng” for an app) and "
                "declare: the domain name; the types of goods or services; the registered "
                "name of the trader or organisation, or the individual's name; the head-office "
                "or permanent address; the number, date and place of issue of the "
                "business-registration certificate (or establishment decision, or personal "
                "tax code); the name, title, ID number, phone and e-mail of the representative "
                "and of the person responsible for the website.\n\n"
                "Have ready scans of the business-registration certificate and the "
                "representative's ID, and the domain-name and hosting-provider details.",
                depends_on=["create-account"],
                duration_days=2,
                legal=(DECREE_146, DECREE_146_FROM, DECREE_146_TO),
            ),
            _step(
                "publish-required-info",
                "Công bố thông tin bắt buộc trên website",
                "Publish the required information on the website",
                "Trước khi gửi hồ sơ, website phải hiển thị đầy đủ thông tin theo Điều 28 "
                "Nghị định 52/2013/NĐ-CP. Chân trang chủ phải có tên chủ sở hữu, địa chỉ, mã "
                "số thuế và thông tin liên hệ; trang sản phẩm cần có thông tin hàng hóa, giá, "
                "vận chuyển, điều khoản giao dịch và phương thức thanh toán.\n\n"
                "Bằng chứng: tải lên ảnh chụp màn hình trang chủ (cả phần chân trang). Ảnh "
                "chụp giao diện cũng là một phần của hồ sơ thông báo. Cán bộ sẽ đối chiếu với "
                "thông tin đã khai báo.",
                "Before you submit, the website must show all the information that Decree "
                "52/2013/ND-CP, Art. 28 requires. The homepage footer must give the owner's "
                "name, address, tax code and contact details; product pages need product "
                "information, price, shipping, terms of sale and payment methods.\n\n"
                "Evidence: upload the homepage screenshot (including the footer). Screenshots "
                "of the interface are also part of the notification dossier. Staff will "
                "compare them with the declared information.",
                evidence="file",
                review_required=True,
                duration_days=3,
                legal=(DECREE_52_ART_28, None, None),
            ),
            _step(
                "submit-notification",
                "Gửi hồ sơ thông báo",
                "Submit the notification",
                "Đính kèm các tệp (giấy tờ đã scan và ảnh chụp giao diện website), kiểm tra "
                "lại từng trường đã khai rồi bấm “Gửi hồ sơ”.\n\n"
                "Khai thiếu hoặc khai sai khi thông báo là hành vi bị xử phạt theo Nghị định "
                "98/2020/NĐ-CP, vì vậy hãy đối chiếu với giấy tờ gốc trước khi gửi.",
                "Attach the files (scanned papers and screenshots of the website), check "
                "every declared field once more, then press “Gửi hồ sơ” (submit).\n\n"
                "Incomplete or false information in a notification is an offence under Decree "
                "98/2020/ND-CP, so compare with the original papers before you submit.",
                depends_on=["declare-info", "publish-required-info"],
                duration_days=1,
                legal=(DECREE_52_ART_27, None, None),
            ),
            _step(
                "receive-confirmation",
                "Nhận xác nhận thông báo",
                "Receive the confirmation",
                "Cơ quan tiếp nhận xét duyệt hồ sơ điện tử trong 3 ngày làm việc và trả lời: "
                "xác nhận, yêu cầu bổ sung, hoặc yêu cầu khai báo lại. Nếu hồ sơ ở trạng thái "
                "“Website cần bổ sung thông tin”, mở “Tất cả hồ sơ thông báo website” → "
                "“Xem”; sửa trực tiếp trên website nếu yêu cầu liên quan đến trang chủ, hoặc "
                "dùng “Sửa” nếu liên quan đến dữ liệu hồ sơ, rồi bấm “Gửi hồ sơ” lần nữa.\n\n"
                "Bằng chứng: nhập mã hoặc số hồ sơ đã được xác nhận hiển thị trên "
                "online.gov.vn.",
                "The receiving authority reviews the electronic dossier within 3 working days "
                "and answers: confirmed, supplement required, or re-declare. If the dossier "
                "shows “Website cần bổ sung thông tin” (website needs more information), open "
                "“Tất cả hồ sơ thông báo website” → “Xem”; edit the live website if the request "
                "concerns the homepage, or use “Sửa” for dossier data, then press “Gửi hồ sơ” "
                "again.\n\n"
                "Evidence: enter the code or number of the confirmed dossier shown on "
                "online.gov.vn.",
                evidence="code",
                review_required=True,
                depends_on=["submit-notification"],
                duration_days=3,
                legal=(DECREE_146, DECREE_146_FROM, DECREE_146_TO),
            ),
            _step(
                "display-logo",
                "Gắn biểu tượng “Đã thông báo” lên website",
                "Display the notification logo",
                "Sau khi được xác nhận, gắn biểu tượng “Đã thông báo” và đường liên kết do "
                "online.gov.vn cung cấp vào chân trang website.\n\n"
                "Chỉ gắn sau khi đã được xác nhận: gắn biểu tượng trước khi được xác nhận bị "
                "xử phạt theo Nghị định 98/2020/NĐ-CP. Bằng chứng: đường dẫn tới trang có "
                "biểu tượng.",
                "After confirmation, put the “Đã thông báo” (notified) logo and the link that "
                "online.gov.vn provides into the website footer.\n\n"
                "Only after confirmation: displaying the logo before it is an offence under "
                "Decree 98/2020/ND-CP. Evidence: the link to the page that shows the logo.",
                evidence="url",
                review_required=True,
                depends_on=["receive-confirmation"],
                duration_days=1,
                legal=(DECREE_98, DECREE_98_FROM, None),
            ),
            _step(
                "report-changes",
                "Cập nhật khi thông tin thay đổi",
                "Report changes",
                "Khi thông tin đã thông báo thay đổi (địa chỉ, người đại diện, hàng hóa…) "
                "hoặc khi ngừng hoạt động website, báo cáo trên online.gov.vn trong vòng 7 "
                "ngày kể từ khi thay đổi. Yêu cầu thay đổi hoặc chấm dứt được xử lý trong 3 "
                "ngày làm việc.\n\n"
                "Bước này không bắt buộc để hoàn thành hành trình, nhưng là nghĩa vụ lâu dài: "
                "không thông báo thay đổi là hành vi bị xử phạt theo Nghị định 98/2020/NĐ-CP.",
                "When notified information changes (address, representative, goods…) or the "
                "website stops operating, report it at online.gov.vn within 7 days of the "
                "change. Changes and terminations are processed within 3 working days.\n\n"
                "This step is not required to finish the journey, but it is a lasting duty: "
                "failing to notify changes is an offence under Decree 98/2020/ND-CP.",
                optional=True,
                depends_on=["receive-confirmation"],
                duration_days=3,
                legal=(DECREE_52_ART_27, None, None),
            ),
        ],
    },
    # --------------------------------------------------------------- register-platform
    {
        "key": "register-platform",
        "title": "Đăng ký website cung cấp dịch vụ thương mại điện tử",
        "title_en": "Register an e-commerce service platform",
        "description": (
            "Dành cho thương nhân, tổ chức vận hành sàn giao dịch TMĐT (kể cả website rao "
            "vặt), website khuyến mại trực tuyến hoặc đấu giá trực tuyến. Cá nhân không được "
            "đăng ký. Hồ sơ do Bộ Công Thương (Cục TMĐT và Kinh tế số) xét duyệt, gồm xét "
            "duyệt điện tử và thẩm định hồ sơ giấy."
        ),
        "description_en": (
            "For traders and organisations that run an e-commerce trading floor (classified-"
            "ad sites included), an online promotion site or an online auction site. "
            "Individuals cannot register. The Ministry of Industry and Trade (E-commerce and "
            "Digital Economy Agency) reviews the dossier electronically and then appraises "
            "the paper dossier."
        ),
        "platform": "",
        "issues_certificate": False,
        "steps": [
            _course_step(
                "Thương mại điện tử cơ bản cho doanh nghiệp nhỏ",
                "E-commerce basics for small businesses",
                [COURSE_BASICS, COURSE_NOTIFY],
            ),
            _step(
                "check-eligibility",
                "Xác định website thuộc diện đăng ký",
                "Check that the website must be registered",
                "Đăng ký áp dụng cho website hoặc ứng dụng cung cấp ít nhất một trong các dịch "
                "vụ: sàn giao dịch TMĐT, khuyến mại trực tuyến, đấu giá trực tuyến. Website "
                "rao vặt được tính là sàn giao dịch. Chỉ thương nhân hoặc tổ chức được đăng "
                "ký; nếu bạn chỉ bán hàng của chính mình, hãy dùng hành trình “Thông báo "
                "website bán hàng”.\n\n"
                "Thủ tục này vẫn do Bộ Công Thương xử lý; Nghị định 146/2025/NĐ-CP chỉ phân "
                "cấp việc thông báo website/ứng dụng bán hàng cho tỉnh.",
                "Registration applies to websites or apps that offer at least one of: an "
                "e-commerce trading floor, online promotion, online auction. Classified-ad "
                "sites count as trading floors. Only traders or organisations can register; "
                "if you only sell your own goods, use the “Notify a sales website” journey "
                "instead.\n\n"
                "The Ministry of Industry and Trade still handles this procedure; Decree "
                "146/2025/ND-CP moved only the notification of sales websites and apps to the "
                "provinces.",
                duration_days=1,
                legal=(CIRCULAR_47_ART_13, CIRCULAR_01_2022_FROM, None),
            ),
            _step(
                "create-account",
                "Đăng ký tài khoản trên online.gov.vn",
                "Register an account at online.gov.vn",
                "Đăng ký tài khoản doanh nghiệp tại online.gov.vn với tên, số đăng ký kinh "
                "doanh hoặc quyết định thành lập, ngành nghề, địa chỉ trụ sở và thông tin "
                "liên hệ. Kết quả được gửi qua email (cấp, từ chối hoặc yêu cầu bổ sung), "
                "thường trong 3 ngày làm việc.",
                "Register the business's account at online.gov.vn with its name, "
                "business-registration number or establishment decision, business lines, "
                "head-office address and contact details. The answer comes by e-mail "
                "(granted, rejected or more information needed), usually within 3 working "
                "days.",
                depends_on=["check-eligibility"],
                duration_days=3,
                legal=(DECREE_52, None, None),
            ),
            _step(
                "prepare-dossier",
                "Chuẩn bị hồ sơ đăng ký",
                "Prepare the registration dossier",
                "Hồ sơ gồm: đơn đăng ký theo mẫu; bản sao chứng thực quyết định thành lập, "
                "giấy chứng nhận đăng ký kinh doanh hoặc giấy chứng nhận đầu tư; đề án cung "
                "cấp dịch vụ (mô hình hoạt động, cấu trúc và tính năng website, phân định "
                "quyền và nghĩa vụ); quy chế quản lý hoạt động (quyền và nghĩa vụ các bên, quy "
                "trình giao dịch, cơ chế xử lý vi phạm và khiếu nại); hợp đồng dịch vụ hoặc "
                "thỏa thuận hợp tác mẫu với người bán; điều kiện giao dịch chung (nếu có).\n\n"
                "Bằng chứng: tải lên đề án và quy chế (PDF) để cán bộ góp ý trước khi nộp.",
                "The dossier contains: the application form (prescribed template); a certified "
                "copy of the establishment decision, business-registration certificate or "
                "investment certificate; the service scheme (operating model, site structure "
                "and features, division of rights and duties); the operation regulations "
                "(rights and duties of all parties, transaction process, enforcement and "
                "complaints); a sample service contract or cooperation agreement with "
                "sellers; general transaction conditions, if any.\n\n"
                "Evidence: upload the scheme and the regulations (PDF) so staff can comment "
                "before you file.",
                evidence="file",
                review_required=True,
                depends_on=["check-eligibility"],
                duration_days=10,
                legal=(CIRCULAR_47_ART_13, CIRCULAR_01_2022_FROM, None),
            ),
            _step(
                "declare-dossier",
                "Khai báo và gửi hồ sơ trực tuyến",
                "Declare and submit the dossier online",
                "Đăng nhập, chọn “Đăng ký website”, khai báo thông tin, đính kèm các tài liệu "
                "đã chuẩn bị và bấm “Gửi hồ sơ”.",
                "Log in, choose “Đăng ký website”, fill in the information, attach the "
                "prepared documents and press “Gửi hồ sơ” (submit).",
                depends_on=["create-account", "prepare-dossier"],
                duration_days=1,
                legal=(DECREE_52, None, None),
            ),
            _step(
                "electronic-review",
                "Xét duyệt hồ sơ điện tử",
                "Electronic review",
                "Bộ Công Thương xét duyệt hồ sơ điện tử và trả lời: hồ sơ hợp lệ, cần bổ sung, "
                "hoặc khai báo lại. Theo dõi email và trạng thái hồ sơ.\n\n"
                "Chưa được xác minh: thời hạn khoảng 15 ngày làm việc và việc hồ sơ bị khóa "
                "nếu không bổ sung trong 30 ngày được ghi cho thủ tục đăng ký đánh giá tín "
                "nhiệm; có thể áp dụng tương tự cho website dịch vụ. Kiểm tra lại tại "
                "online.gov.vn.",
                "The Ministry of Industry and Trade reviews the electronic dossier and answers: "
                "valid, supplement required, or re-declare. Watch your e-mail and the dossier "
                "status.\n\n"
                "Not verified: a time limit of about 15 working days, and locking of the "
                "dossier if no supplement arrives within 30 days, are stated for the "
                "credit-rating registration and may apply to service websites too. Check at "
                "online.gov.vn.",
                depends_on=["declare-dossier"],
                duration_days=15,
                legal=(DECREE_52, None, None),
            ),
            _step(
                "paper-dossier",
                "Gửi hồ sơ giấy để thẩm định",
                "Send the paper dossier for appraisal",
                "Khi hồ sơ điện tử hợp lệ, gửi bộ hồ sơ giấy đầy đủ theo hướng dẫn trong thông "
                "báo của Bộ Công Thương.\n\n"
                "Chưa được xác minh: thời hạn xác nhận 7 ngày làm việc kể từ khi nhận đủ hồ sơ "
                "giấy. Kiểm tra lại tại online.gov.vn.",
                "Once the electronic dossier is accepted, send the complete paper dossier as "
                "the Ministry's notice instructs.\n\n"
                "Not verified: confirmation within 7 working days of receiving the complete "
                "paper dossier. Check at online.gov.vn.",
                depends_on=["electronic-review"],
                duration_days=7,
                legal=(DECREE_52, None, None),
            ),
            _step(
                "receive-confirmation",
                "Nhận xác nhận đăng ký",
                "Receive the registration confirmation",
                "Sau khi được xác nhận, website được đưa vào danh sách công khai trên "
                "online.gov.vn kèm mã để nhúng vào chân trang.\n\n"
                "Bằng chứng: nhập mã hồ sơ đã được xác nhận. Chưa được xác minh: biểu tượng "
                "riêng “Đã đăng ký” và thời hạn hiệu lực 5 năm của đăng ký. Vận hành sàn khi "
                "chưa được xác nhận đăng ký bị xử phạt theo Nghị định 98/2020/NĐ-CP.",
                "After confirmation the website is listed publicly on online.gov.vn with a "
                "code to embed in the footer.\n\n"
                "Evidence: enter the code of the confirmed dossier. Not verified: a separate "
                "“Đã đăng ký” (registered) logo and a 5-year validity of the registration. "
                "Running a platform without a confirmed registration is an offence under "
                "Decree 98/2020/ND-CP.",
                evidence="code",
                review_required=True,
                depends_on=["paper-dossier"],
                duration_days=1,
                legal=(DECREE_52, None, None),
            ),
        ],
    },
    # -------------------------------------------------------------------- shopee-store
    {
        "key": "shopee-store",
        "title": "Mở gian hàng trên Shopee",
        "title_en": "Open a Shopee store",
        "description": (
            "Từ tạo tài khoản người bán, định danh bằng CCCD gắn chip/VNeID đến sản phẩm đầu "
            "tiên, và nâng cấp Shopee Mall khi doanh nghiệp có thương hiệu. " + CHECK_SELLER_CENTRE
        ),
        "description_en": (
            "From the seller account and identity verification with the chip-based CCCD or "
            "VNeID to the first product, and the Shopee Mall upgrade for businesses with a "
            "brand. " + CHECK_SELLER_CENTRE_EN
        ),
        "platform": "shopee",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Mở gian hàng trên Shopee, Lazada và Tiki",
                "Opening a store on Shopee, Lazada and Tiki",
                [COURSE_STORES],
            ),
            _step(
                "create-account",
                "Tạo tài khoản người bán",
                "Create the seller account",
                "Đăng ký tài khoản người bán Shopee bằng số điện thoại hoặc email và xác thực "
                "bằng mã OTP. Dùng số điện thoại, email của doanh nghiệp thay vì của cá nhân "
                "nhân viên để không mất quyền truy cập khi nhân sự thay đổi.",
                "Register a Shopee seller account with a phone number or e-mail and confirm it "
                "with the one-time code (OTP). Use the business's phone and e-mail rather than "
                "an employee's own, so access is not lost when staff change.",
                duration_days=1,
            ),
            _step(
                "verify-identity",
                "Định danh người bán bằng CCCD/VNeID",
                "Verify the seller's identity (CCCD/VNeID)",
                IDENTITY_GUIDANCE,
                IDENTITY_GUIDANCE_EN,
                evidence="file",
                review_required=True,
                depends_on=["create-account"],
                duration_days=2,
                legal=IDENTITY_LEGAL,
            ),
            _step(
                "shop-setup",
                "Thiết lập thông tin gian hàng",
                "Set up the shop details",
                "Hoàn thiện tên gian hàng, ảnh đại diện, mô tả, thông tin thanh toán và địa "
                "chỉ lấy hàng theo hướng dẫn trên Kênh Người Bán.\n\n"
                "Chưa được xác minh: yêu cầu về tài khoản ngân hàng, địa chỉ lấy hàng và mã "
                "số thuế đối với gian hàng thường. Kiểm tra lại tại Kênh Người Bán của Shopee "
                "trước khi chuẩn bị giấy tờ.",
                "Complete the shop name, picture, description, payment details and pickup "
                "address as the seller centre guides you.\n\n"
                "Not verified: the requirements for a bank account, pickup address and tax "
                "code for a regular shop. Check Shopee's seller centre before you gather "
                "papers.",
                depends_on=["verify-identity"],
                duration_days=2,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                FIRST_LISTING_GUIDANCE,
                FIRST_LISTING_GUIDANCE_EN,
                evidence="url",
                review_required=True,
                depends_on=["shop-setup"],
                duration_days=2,
            ),
            _step(
                "shopee-mall",
                "Nâng cấp lên Shopee Mall",
                "Upgrade to Shopee Mall",
                "Dành cho chủ thương hiệu, nhà phân phối hoặc nhà nhập khẩu. Hồ sơ gồm giấy "
                "chứng nhận đăng ký doanh nghiệp hoặc đầu tư, cộng một trong: giấy chứng nhận "
                "nhãn hiệu hoặc đơn đăng ký đã được chấp nhận (nhà sản xuất), hợp đồng hoặc "
                "giấy ủy quyền phân phối (nhà phân phối), tờ khai hải quan nhập khẩu (nhà nhập "
                "khẩu); giấy phép theo ngành hàng (ví dụ phiếu công bố mỹ phẩm). Giấy tờ nước "
                "ngoài cần hợp pháp hóa lãnh sự.\n\n"
                "Gian hàng cần đạt chỉ số vận hành 4 tuần gần nhất: tỷ lệ đơn không thành công "
                "dưới 10%, giao hàng trễ dưới 10%, 0 điểm phạt.",
                "For brand owners, distributors or importers. The dossier holds the "
                "business-registration or investment certificate plus one of: the trademark "
                "certificate or an accepted application (manufacturer), a distribution "
                "contract or authorisation (distributor), the import customs declaration "
                "(importer); category permits (for example the cosmetics notification). "
                "Foreign documents need consular legalisation.\n\n"
                "The shop must meet the last 4 weeks' KPIs: failed orders under 10%, late "
                "shipping under 10%, 0 penalty points.",
                evidence="file",
                review_required=True,
                optional=True,
                depends_on=["first-listing"],
                duration_days=10,
            ),
        ],
    },
    # -------------------------------------------------------------------- lazada-store
    {
        "key": "lazada-store",
        "title": "Mở gian hàng trên Lazada",
        "title_en": "Open a Lazada store",
        "description": (
            "Gian hàng cá nhân hoặc doanh nghiệp trên Lazada: tài khoản, định danh, hồ sơ "
            "pháp lý, tài khoản ngân hàng và kho hàng, sản phẩm đầu tiên, và nâng cấp LazMall. "
            + CHECK_SELLER_CENTRE
        ),
        "description_en": (
            "An individual or business shop on Lazada: account, identity, legal profile, "
            "bank account and warehouse, first product, and the LazMall upgrade. "
            + CHECK_SELLER_CENTRE_EN
        ),
        "platform": "lazada",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Mở gian hàng trên Shopee, Lazada và Tiki",
                "Opening a store on Shopee, Lazada and Tiki",
                [COURSE_STORES],
            ),
            _step(
                "create-account",
                "Tạo tài khoản người bán",
                "Create the seller account",
                "Đăng ký tài khoản người bán Lazada bằng email và số điện thoại, chọn loại "
                "người bán: cá nhân hoặc doanh nghiệp. Loại người bán quyết định giấy tờ và "
                "tài khoản ngân hàng cần có ở các bước sau.",
                "Register a Lazada seller account with e-mail and phone, and choose the seller "
                "type: individual or business. The type decides which papers and bank account "
                "you need in the next steps.",
                duration_days=1,
            ),
            _step(
                "verify-identity",
                "Định danh người bán bằng CCCD/VNeID",
                "Verify the seller's identity (CCCD/VNeID)",
                IDENTITY_GUIDANCE,
                IDENTITY_GUIDANCE_EN,
                evidence="file",
                review_required=True,
                depends_on=["create-account"],
                duration_days=2,
                legal=IDENTITY_LEGAL,
            ),
            _step(
                "business-profile",
                "Hoàn thiện hồ sơ pháp lý",
                "Complete the legal profile",
                "Người bán cá nhân: giấy tờ tùy thân. Người bán doanh nghiệp: tên công ty, số "
                "đăng ký doanh nghiệp kèm bản scan giấy chứng nhận, và mã số thuế (10 chữ số; "
                "chi nhánh 13 chữ số).\n\n"
                "Chưa được xác minh: một số bài viết cho rằng gian hàng thường không được đăng "
                "sản phẩm trên 5 triệu đồng; thông tin này có thể đã cũ, kiểm tra lại tại "
                "trang người bán của Lazada.",
                "Individual sellers: an identity document. Business sellers: the company name, "
                "the business-registration number with a scan of the certificate, and the tax "
                "code (10 digits; 13 for a branch).\n\n"
                "Not verified: some blogs say regular shops cannot list items above 5 million "
                "VND; this may be outdated, check Lazada's seller centre.",
                depends_on=["verify-identity"],
                duration_days=2,
            ),
            _step(
                "bank-and-warehouse",
                "Khai báo tài khoản ngân hàng và kho hàng",
                "Add the bank account and the warehouse",
                "Tài khoản ngân hàng phải đứng tên trùng với giấy tờ tùy thân (cá nhân) hoặc là "
                "tài khoản của công ty (doanh nghiệp). Khai báo địa chỉ kho để đơn vị vận "
                "chuyển đến lấy hàng.\n\n"
                "Kiểm tra kỹ tên tài khoản trước khi khai báo: tên phải khớp với giấy tờ.",
                "The bank account must be in the same name as the ID (individuals) or be the "
                "company's account (businesses). Add the warehouse address where the carrier "
                "collects parcels.\n\n"
                "Check the account name before you enter it: it must match the papers.",
                depends_on=["business-profile"],
                duration_days=2,
            ),
            _step(
                "platform-review",
                "Chờ Lazada duyệt hồ sơ",
                "Wait for Lazada's review",
                "Lazada kiểm tra hồ sơ người bán. Thời gian duyệt không được công bố trong tài "
                "liệu của cổng; theo dõi thông báo trong trang người bán và bổ sung ngay khi "
                "được yêu cầu.\n\n"
                "Bằng chứng: ảnh chụp màn hình trạng thái hồ sơ đã được duyệt.",
                "Lazada checks the seller profile. The portal's sources do not state a review "
                "time; watch the seller centre's notices and respond at once to requests.\n\n"
                "Evidence: a screenshot showing the approved status.",
                evidence="file",
                review_required=True,
                depends_on=["bank-and-warehouse"],
                duration_days=3,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                FIRST_LISTING_GUIDANCE,
                FIRST_LISTING_GUIDANCE_EN,
                evidence="url",
                review_required=True,
                depends_on=["platform-review"],
                duration_days=2,
            ),
            _step(
                "lazmall",
                "Nâng cấp lên LazMall",
                "Upgrade to LazMall",
                "Chuẩn bị: thương hiệu, quan hệ với thương hiệu, website và logo thương hiệu; "
                "giấy chứng nhận nhãn hiệu, giấy ủy quyền phân phối hoặc hợp đồng mua hàng (ghi "
                "rõ thời hạn hiệu lực); bản scan hoặc bản sao công chứng giấy đăng ký doanh "
                "nghiệp không quá 6 tháng; tài khoản ngân hàng đúng tên công ty kèm giấy tờ "
                "chứng minh.",
                "Prepare: the brand, your relationship to it, the brand website and logo; the "
                "trademark certificate, distribution authorisation or purchase contract (with "
                "its validity period); a scan or notarised copy of the business registration "
                "no older than 6 months; a bank account in the company's exact name, with "
                "proof.",
                evidence="file",
                review_required=True,
                optional=True,
                depends_on=["first-listing"],
                duration_days=10,
            ),
        ],
    },
    # ---------------------------------------------------------------------- tiki-store
    {
        "key": "tiki-store",
        "title": "Mở gian hàng trên Tiki",
        "title_en": "Open a Tiki store",
        "description": (
            "Đăng ký trên Tiki Seller Center: tài khoản, xác thực số điện thoại, hồ sơ pháp "
            "lý và ký hợp đồng trực tuyến; sau đó có thể bắt đầu bán. " + CHECK_SELLER_CENTRE
        ),
        "description_en": (
            "Sign up on the Tiki Seller Center: account, phone verification, legal profile "
            "and online contract; then you can start selling. " + CHECK_SELLER_CENTRE_EN
        ),
        "platform": "tiki",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Mở gian hàng trên Shopee, Lazada và Tiki",
                "Opening a store on Shopee, Lazada and Tiki",
                [COURSE_STORES],
            ),
            _step(
                "create-account",
                "Tạo tài khoản trên Seller Center",
                "Create the Seller Center account",
                "Khai báo họ tên đầy đủ đúng như trên giấy tờ tùy thân, email, quốc gia, số "
                "điện thoại di động, ngành hàng chính và mật khẩu.",
                "Enter the full legal name exactly as on the ID, e-mail, country, mobile "
                "number, main category and a password.",
                duration_days=1,
            ),
            _step(
                "verify-phone",
                "Xác thực số điện thoại",
                "Verify the phone number",
                "Nhập mã OTP gửi về số điện thoại đã khai báo.",
                "Enter the one-time code (OTP) sent to the declared phone number.",
                depends_on=["create-account"],
                duration_days=1,
            ),
            _step(
                "verify-identity",
                "Định danh người bán bằng CCCD/VNeID",
                "Verify the seller's identity (CCCD/VNeID)",
                IDENTITY_GUIDANCE,
                IDENTITY_GUIDANCE_EN,
                evidence="file",
                review_required=True,
                depends_on=["verify-phone"],
                duration_days=2,
                legal=IDENTITY_LEGAL,
            ),
            _step(
                "legal-profile",
                "Hoàn thiện hồ sơ pháp lý",
                "Complete the legal profile",
                "Khai báo thông tin pháp lý của người bán trên Seller Center và tải lên giấy tờ "
                "được yêu cầu. Tên, mã số thuế và địa chỉ phải khớp với giấy chứng nhận đăng "
                "ký kinh doanh.",
                "Enter the seller's legal information in the Seller Center and upload the "
                "papers requested. The name, tax code and address must match the "
                "business-registration certificate.",
                depends_on=["verify-phone"],
                duration_days=2,
            ),
            _step(
                "sign-contract",
                "Ký hợp đồng trực tuyến",
                "Sign the online contract",
                "Đọc kỹ và ký hợp đồng trực tuyến với Tiki. Sau khi ký, người bán có thể bắt "
                "đầu bán ngay.\n\n"
                "Bằng chứng: tải lên bản hợp đồng đã ký (PDF) hoặc ảnh chụp màn hình xác nhận.",
                "Read carefully and sign the online contract with Tiki. Once it is signed you "
                "can start selling right away.\n\n"
                "Evidence: upload the signed contract (PDF) or a confirmation screenshot.",
                evidence="file",
                review_required=True,
                depends_on=["legal-profile", "verify-identity"],
                duration_days=1,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                FIRST_LISTING_GUIDANCE,
                FIRST_LISTING_GUIDANCE_EN,
                evidence="url",
                review_required=True,
                depends_on=["sign-contract"],
                duration_days=2,
            ),
            _step(
                "additional-shop",
                "Mở thêm gian hàng",
                "Open an additional shop",
                "Tiki chỉ cho mở thêm gian hàng đối với nhà sản xuất hoặc nhà phân phối chính "
                "hãng. Chuẩn bị giấy tờ chứng minh vai trò này trước khi gửi yêu cầu.",
                "Tiki allows additional shops only for manufacturers or official "
                "distributors. Prepare proof of that role before you ask.",
                evidence="file",
                review_required=True,
                optional=True,
                depends_on=["first-listing"],
                duration_days=5,
            ),
        ],
    },
    # --------------------------------------------------------------------- sendo-store
    {
        "key": "sendo-store",
        "title": "Mở gian hàng trên Sendo",
        "title_en": "Open a Sendo store",
        "description": (
            "Quy trình chung để mở gian hàng Sendo và hồ sơ nâng cấp SenMall. Yêu cầu cho "
            "gian hàng thường chưa được xác minh. " + CHECK_SELLER_CENTRE
        ),
        "description_en": (
            "The general process for opening a Sendo shop and the SenMall upgrade dossier. "
            "The requirements for a regular shop are not verified. " + CHECK_SELLER_CENTRE_EN
        ),
        "platform": "sendo",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Bán hàng trên Sendo, Voso và Postmart",
                "Selling on Sendo, Voso and Postmart",
                [COURSE_SMALL_FLOORS],
            ),
            _step(
                "create-account",
                "Tạo tài khoản người bán",
                "Create the seller account",
                "Đăng ký tài khoản người bán theo hướng dẫn trong trang hỗ trợ người bán của "
                "Sendo.\n\n"
                "Chưa được xác minh: danh sách giấy tờ cho gian hàng thường. Kiểm tra lại tại "
                "trang hỗ trợ người bán của Sendo.",
                "Register a seller account as Sendo's seller help centre describes.\n\n"
                "Not verified: the list of papers for a regular shop. Check Sendo's seller "
                "help centre.",
                duration_days=1,
            ),
            _step(
                "verify-identity",
                "Định danh người bán bằng CCCD/VNeID",
                "Verify the seller's identity (CCCD/VNeID)",
                IDENTITY_GUIDANCE,
                IDENTITY_GUIDANCE_EN,
                evidence="file",
                review_required=True,
                depends_on=["create-account"],
                duration_days=2,
                legal=IDENTITY_LEGAL,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                FIRST_LISTING_GUIDANCE,
                FIRST_LISTING_GUIDANCE_EN,
                evidence="url",
                review_required=True,
                depends_on=["verify-identity"],
                duration_days=2,
            ),
            _step(
                "senmall-documents",
                "Chuẩn bị hồ sơ SenMall",
                "Prepare the SenMall dossier",
                "Chủ thương hiệu: giấy chứng nhận nhãn hiệu và các giấy chứng nhận an toàn, "
                "hợp pháp theo ngành hàng. Nhà nhập khẩu: thêm giấy ủy quyền của chủ thương "
                "hiệu, được hợp pháp hóa lãnh sự hoặc xác nhận bởi Bộ Ngoại giao. Nhà phân "
                "phối: thêm toàn bộ chuỗi ủy quyền.\n\n"
                "Nộp bản chụp từ bản gốc, đủ tất cả các trang; giấy tờ nước ngoài phải được "
                "dịch và công chứng.",
                "Brand owner: the trademark certificate and the category's safety and legality "
                "certificates. Importer: add the brand owner's authorisation, legalised by a "
                "consulate or the Ministry of Foreign Affairs. Distributor: add the whole "
                "chain of authorisations.\n\n"
                "Submit copies of the originals, every page; foreign papers must be "
                "translated and notarised.",
                evidence="file",
                review_required=True,
                optional=True,
                depends_on=["first-listing"],
                duration_days=5,
            ),
            _step(
                "senmall-review",
                "Sendo duyệt hồ sơ SenMall",
                "Sendo reviews the SenMall dossier",
                "Sendo duyệt hồ sơ SenMall tối đa 1 ngày làm việc, không tính thứ Bảy và Chủ "
                "nhật. Bằng chứng: đường dẫn tới gian hàng SenMall.",
                "Sendo reviews the SenMall dossier within 1 working day at most, Saturday and "
                "Sunday excluded. Evidence: the link to the SenMall shop.",
                evidence="url",
                review_required=True,
                optional=True,
                depends_on=["senmall-documents"],
                duration_days=1,
            ),
        ],
    },
    # ---------------------------------------------------------------------- voso-store
    {
        "key": "voso-store",
        "title": "Mở gian hàng trên Voso (Viettel Post)",
        "title_en": "Open a Voso store (Viettel Post)",
        "description": (
            "Voso là sàn TMĐT của Viettel Post, được kế hoạch năm 2022 của Bộ Thông tin và "
            "Truyền thông chọn để đưa nông sản và sản phẩm OCOP 3 sao trở lên lên mạng. Các "
            "bước đăng ký cụ thể chưa được xác minh: hành trình mô tả quy trình chung; kiểm "
            "tra lại trên trang dành cho người bán của Voso."
        ),
        "description_en": (
            "Voso is Viettel Post's marketplace, chosen by the Ministry of Information and "
            "Communications' 2022 plan to bring farm produce and 3-star-plus OCOP products "
            "online. Its exact sign-up steps are not verified: this journey describes the "
            "general process; check Voso's seller pages."
        ),
        "platform": "voso",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Bán hàng trên Sendo, Voso và Postmart",
                "Selling on Sendo, Voso and Postmart",
                [COURSE_SMALL_FLOORS, COURSE_OCOP],
            ),
            _step(
                "create-account",
                "Tạo tài khoản người bán",
                "Create the seller account",
                "Đăng ký tài khoản người bán trên Voso bằng thông tin liên hệ của doanh nghiệp, "
                "hợp tác xã hoặc hộ kinh doanh.\n\n"
                "Chưa được xác minh: các bước và giấy tờ cụ thể. Kiểm tra lại tại trang dành "
                "cho người bán của Voso hoặc hỏi bưu cục Viettel Post gần nhất.",
                "Register a seller account on Voso with the contact details of the business, "
                "cooperative or household business.\n\n"
                "Not verified: the exact steps and papers. Check Voso's seller pages or ask "
                "the nearest Viettel Post office.",
                duration_days=2,
            ),
            _step(
                "verify-identity",
                "Định danh người bán bằng CCCD/VNeID",
                "Verify the seller's identity (CCCD/VNeID)",
                IDENTITY_GUIDANCE,
                IDENTITY_GUIDANCE_EN,
                evidence="file",
                review_required=True,
                depends_on=["create-account"],
                duration_days=2,
                legal=IDENTITY_LEGAL,
            ),
            _step(
                "product-documents",
                "Chuẩn bị giấy tờ sản phẩm",
                "Prepare the product papers",
                "Gom sẵn giấy tờ chứng minh chất lượng và nguồn gốc: giấy chứng nhận OCOP (nếu "
                "có, còn hạn 36 tháng), giấy chứng nhận an toàn thực phẩm, công bố chất lượng, "
                "tem hoặc mã QR truy xuất nguồn gốc, ảnh sản phẩm và câu chuyện sản phẩm.\n\n"
                "Hộ kinh doanh dùng số định danh cá nhân 12 chữ số làm mã số thuế từ "
                "01/07/2025.",
                "Gather proof of quality and origin: the OCOP certificate (if any, valid for "
                "36 months), the food-safety certificate, the quality declaration, the "
                "traceability stamp or QR code, product photos and the product story.\n\n"
                "Household businesses use their 12-digit personal identification number as "
                "their tax code since 2025-07-01.",
                duration_days=3,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                FIRST_LISTING_GUIDANCE,
                FIRST_LISTING_GUIDANCE_EN,
                evidence="url",
                review_required=True,
                depends_on=["verify-identity", "product-documents"],
                duration_days=2,
            ),
        ],
    },
    # ------------------------------------------------------------------ postmart-store
    {
        "key": "postmart-store",
        "title": "Mở gian hàng trên Postmart (VNPost)",
        "title_en": "Open a Postmart store (VNPost)",
        "description": (
            "Postmart là sàn TMĐT của Tổng công ty Bưu điện Việt Nam (VNPost), cùng Voso được "
            "kế hoạch năm 2022 của Bộ Thông tin và Truyền thông chọn cho nông sản và sản phẩm "
            "OCOP 3 sao trở lên. Các bước đăng ký cụ thể chưa được xác minh: hành trình mô tả "
            "quy trình chung; kiểm tra lại trên trang dành cho người bán của Postmart."
        ),
        "description_en": (
            "Postmart is the marketplace of Vietnam Post (VNPost); with Voso it was chosen by "
            "the Ministry of Information and Communications' 2022 plan for farm produce and "
            "3-star-plus OCOP products. Its exact sign-up steps are not verified: this "
            "journey describes the general process; check Postmart's seller pages."
        ),
        "platform": "postmart",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Bán hàng trên Sendo, Voso và Postmart",
                "Selling on Sendo, Voso and Postmart",
                [COURSE_SMALL_FLOORS, COURSE_OCOP],
            ),
            _step(
                "create-account",
                "Tạo tài khoản người bán",
                "Create the seller account",
                "Đăng ký tài khoản người bán trên Postmart bằng thông tin liên hệ của doanh "
                "nghiệp, hợp tác xã hoặc hộ kinh doanh.\n\n"
                "Chưa được xác minh: các bước và giấy tờ cụ thể. Kiểm tra lại tại trang dành "
                "cho người bán của Postmart hoặc hỏi bưu điện gần nhất.",
                "Register a seller account on Postmart with the contact details of the "
                "business, cooperative or household business.\n\n"
                "Not verified: the exact steps and papers. Check Postmart's seller pages or "
                "ask the nearest post office.",
                duration_days=2,
            ),
            _step(
                "verify-identity",
                "Định danh người bán bằng CCCD/VNeID",
                "Verify the seller's identity (CCCD/VNeID)",
                IDENTITY_GUIDANCE,
                IDENTITY_GUIDANCE_EN,
                evidence="file",
                review_required=True,
                depends_on=["create-account"],
                duration_days=2,
                legal=IDENTITY_LEGAL,
            ),
            _step(
                "product-documents",
                "Chuẩn bị giấy tờ sản phẩm",
                "Prepare the product papers",
                "Gom sẵn giấy chứng nhận OCOP (nếu có, còn hạn 36 tháng), giấy chứng nhận an "
                "toàn thực phẩm, công bố chất lượng, tem hoặc mã QR truy xuất nguồn gốc, ảnh "
                "sản phẩm và câu chuyện sản phẩm. Câu chuyện sản phẩm cũng là một tiêu chí "
                "chấm điểm OCOP.",
                "Gather the OCOP certificate (if any, valid for 36 months), the food-safety "
                "certificate, the quality declaration, the traceability stamp or QR code, "
                "product photos and the product story. The product story is also one of the "
                "OCOP scoring criteria.",
                duration_days=3,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                FIRST_LISTING_GUIDANCE,
                FIRST_LISTING_GUIDANCE_EN,
                evidence="url",
                review_required=True,
                depends_on=["verify-identity", "product-documents"],
                duration_days=2,
            ),
        ],
    },
    # ----------------------------------------------------------- amazon-global-selling
    {
        "key": "amazon-global-selling",
        "title": "Bán hàng quốc tế với Amazon Global Selling",
        "title_en": "Sell abroad with Amazon Global Selling",
        "description": (
            "Đăng ký tài khoản người bán Amazon từ Việt Nam: chuẩn bị giấy tờ khớp tên, thẻ "
            "tín dụng quốc tế, tài khoản ngân hàng, xác minh danh tính người bán (SIV) và duy "
            "trì xác minh hằng năm. " + CHECK_SELLER_CENTRE
        ),
        "description_en": (
            "Register an Amazon seller account from Vietnam: matching papers, an "
            "international credit card, a bank account, Seller Identity Verification (SIV) "
            "and the annual re-verification. " + CHECK_SELLER_CENTRE_EN
        ),
        "platform": "amazon",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Bán hàng ra thế giới với Amazon Global Selling và Alibaba.com",
                "Selling abroad with Amazon Global Selling and Alibaba.com",
                [COURSE_EXPORT],
            ),
            _step(
                "prepare-documents",
                "Chuẩn bị giấy tờ",
                "Prepare the documents",
                "Chọn địa điểm kinh doanh là Việt Nam và loại hình: công ty hoặc cá nhân. Tên "
                "pháp lý phải ghi đúng từng ký tự như trên giấy chứng nhận đăng ký. Giấy tờ "
                "tùy thân: ưu tiên hộ chiếu, nếu không có thì CCCD hoặc giấy phép lái xe; tên "
                "trên các giấy tờ phải trùng nhau.",
                "Choose Vietnam as the business location and the business type: company or "
                "individual. The legal name must match the registration certificate character "
                "for character. ID: a passport is preferred, otherwise the CCCD or a driving "
                "licence; the names on all papers must match.",
                duration_days=3,
            ),
            _step(
                "payment-methods",
                "Thẻ tín dụng quốc tế và tài khoản ngân hàng",
                "International credit card and bank account",
                "Chuẩn bị thẻ tín dụng quốc tế (Visa, Mastercard, Amex, JCB…); Amazon trừ thử 1 "
                "USD để xác minh thẻ. Chuẩn bị tài khoản ngân hàng để nhận tiền bán hàng.",
                "Have an international credit card (Visa, Mastercard, Amex, JCB…); Amazon "
                "makes a USD 1 verification charge. Have a bank account to receive the sales "
                "proceeds.",
                duration_days=3,
            ),
            _step(
                "create-account",
                "Đăng ký tài khoản Seller Central",
                "Register on Seller Central",
                "Đăng ký trên Seller Central bằng các giấy tờ và phương thức thanh toán đã chuẩn "
                "bị. Khai báo tên, địa chỉ và số điện thoại nhất quán với giấy tờ.",
                "Register on Seller Central with the prepared papers and payment methods. "
                "Keep the name, address and phone consistent with the papers.",
                depends_on=["prepare-documents", "payment-methods"],
                duration_days=1,
            ),
            _step(
                "identity-verification",
                "Xác minh danh tính người bán (SIV)",
                "Seller Identity Verification (SIV)",
                "Hoàn tất quy trình Seller Identity Verification theo yêu cầu của Amazon. Thời "
                "gian xử lý không được nêu trong tài liệu của cổng.\n\n"
                "Bằng chứng: ảnh chụp màn hình Seller Central cho thấy đã xác minh xong (che "
                "số giấy tờ và số thẻ).",
                "Complete Seller Identity Verification as Amazon asks. The portal's sources do "
                "not state a processing time.\n\n"
                "Evidence: a Seller Central screenshot showing verification is complete (mask "
                "ID and card numbers).",
                evidence="file",
                review_required=True,
                depends_on=["create-account"],
                duration_days=5,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first listing",
                "Tạo sản phẩm đầu tiên trên thị trường đã chọn, với tiêu đề, ảnh và mô tả bằng "
                "ngôn ngữ của thị trường đó. Kiểm tra quy định về ngành hàng trong Seller "
                "Central trước khi đăng.\n\n"
                "Bằng chứng: đường dẫn công khai tới sản phẩm.",
                "Create the first listing on the chosen marketplace, with title, photos and "
                "description in that market's language. Check the category rules in Seller "
                "Central before listing.\n\n"
                "Evidence: the public link to the listing.",
                evidence="url",
                review_required=True,
                depends_on=["identity-verification"],
                duration_days=3,
            ),
            _step(
                "brand-registry",
                "Đăng ký Brand Registry",
                "Enrol in Brand Registry",
                "Brand Registry giúp bảo vệ thương hiệu trên Amazon và yêu cầu có nhãn hiệu. "
                "Nếu chưa có, hãy tìm hiểu thủ tục đăng ký nhãn hiệu trước.",
                "Brand Registry helps protect your brand on Amazon and requires a trademark. "
                "If you have none yet, look into trademark registration first.",
                evidence="file",
                review_required=True,
                optional=True,
                depends_on=["first-listing"],
                duration_days=10,
            ),
            _step(
                "annual-verification",
                "Xác minh lại hằng năm (INFORM Act)",
                "Annual re-verification (INFORM Act)",
                "Theo Đạo luật INFORM của Hoa Kỳ, người bán phải xác minh lại hằng năm thông "
                "tin ngân hàng, danh tính, địa chỉ, số điện thoại và mã số thuế. Đặt lịch nhắc "
                "và cập nhật ngay khi thông tin thay đổi.",
                "Under the US INFORM Act, sellers must re-verify their bank, identity, address, "
                "phone and tax ID every year. Set a reminder and update as soon as anything "
                "changes.",
                optional=True,
                depends_on=["identity-verification"],
                duration_days=2,
            ),
        ],
    },
    # ---------------------------------------------------------------- alibaba-supplier
    {
        "key": "alibaba-supplier",
        "title": "Trở thành nhà cung cấp trên Alibaba.com",
        "title_en": "Become a supplier on Alibaba.com",
        "description": (
            "Bán sỉ (B2B) ra thế giới qua Alibaba.com: chọn gói thành viên, hồ sơ công ty, "
            "xác thực và thẩm định (A&V), sản phẩm đầu tiên và huy hiệu Verified Supplier. "
            + CHECK_SELLER_CENTRE
        ),
        "description_en": (
            "Selling wholesale (B2B) abroad through Alibaba.com: membership choice, company "
            "profile, Authentication & Verification (A&V), first product and the Verified "
            "Supplier badge. " + CHECK_SELLER_CENTRE_EN
        ),
        "platform": "alibaba",
        "issues_certificate": True,
        "steps": [
            _course_step(
                "Bán hàng ra thế giới với Amazon Global Selling và Alibaba.com",
                "Selling abroad with Amazon Global Selling and Alibaba.com",
                [COURSE_EXPORT],
            ),
            _step(
                "choose-membership",
                "Chọn gói thành viên",
                "Choose the membership",
                "Có thể đăng sản phẩm miễn phí, nhưng lượt xem chủ yếu dành cho nhà cung cấp "
                "trả phí Gold Supplier. Gold Supplier phải là công ty đã đăng ký. Phí thành "
                "viên không được nêu trong tài liệu của cổng: hỏi trực tiếp Alibaba.com.",
                "A free listing is possible, but traffic goes mostly to paying Gold Suppliers, "
                "who must be registered companies. The portal's sources do not give the "
                "membership fee: ask Alibaba.com directly.",
                duration_days=2,
            ),
            _step(
                "company-profile",
                "Tạo tài khoản và hồ sơ công ty",
                "Create the account and company profile",
                "Tạo tài khoản nhà cung cấp và hồ sơ công ty với tên, địa chỉ, mã số thuế khớp "
                "với giấy chứng nhận đăng ký doanh nghiệp; chỉ định người liên hệ là nhân viên "
                "được công ty ủy quyền.",
                "Create the supplier account and the company profile with the name, address "
                "and tax code exactly as on the business-registration certificate; name as "
                "contact person an employee the company has authorised.",
                depends_on=["choose-membership"],
                duration_days=2,
            ),
            _step(
                "authentication-verification",
                "Xác thực và thẩm định (A&V)",
                "Authentication & Verification (A&V)",
                "Authentication: đối chiếu thông tin công ty với cơ quan đăng ký kinh doanh "
                "hoặc cơ quan thuế. Verification: xác nhận người liên hệ là nhân viên được ủy "
                "quyền. Quy trình thường mất 1–2 tuần.\n\n"
                "Bằng chứng: ảnh chụp màn hình trạng thái A&V đã hoàn tất.",
                "Authentication checks the company against the business registry or the tax "
                "office. Verification confirms that the contact person is an authorised "
                "employee. It usually takes 1–2 weeks.\n\n"
                "Evidence: a screenshot showing A&V completed.",
                evidence="file",
                review_required=True,
                depends_on=["company-profile"],
                duration_days=10,
            ),
            _step(
                "membership-activation",
                "Kích hoạt gói thành viên",
                "Membership goes live",
                "Sau khi A&V hoàn tất, gói thành viên được kích hoạt trong vòng 24 giờ. Bằng "
                "chứng: đường dẫn tới trang công ty trên Alibaba.com.",
                "After A&V, the membership goes live within 24 hours. Evidence: the link to "
                "the company page on Alibaba.com.",
                evidence="url",
                review_required=True,
                depends_on=["authentication-verification"],
                duration_days=1,
            ),
            _step(
                "first-listing",
                "Đăng sản phẩm đầu tiên",
                "Publish the first product",
                "Đăng sản phẩm đầu tiên bằng tiếng Anh với thông số kỹ thuật, số lượng đặt tối "
                "thiểu, năng lực sản xuất, điều kiện đóng gói và chứng nhận chất lượng. Người "
                "mua B2B quan tâm đến năng lực cung ứng ổn định hơn là giá lẻ.\n\n"
                "Bằng chứng: đường dẫn công khai tới sản phẩm.",
                "Publish the first product in English with specifications, minimum order "
                "quantity, production capacity, packaging terms and quality certificates. B2B "
                "buyers care more about steady supply than about a retail price.\n\n"
                "Evidence: the public link to the product.",
                evidence="url",
                review_required=True,
                depends_on=["membership-activation"],
                duration_days=3,
            ),
            _step(
                "verified-supplier",
                "Huy hiệu Verified Supplier",
                "Verified Supplier badge",
                "Huy hiệu Verified Supplier được cấp sau khi một tổ chức kiểm định (SGS, "
                "Intertek hoặc TÜV) đánh giá tại nhà máy. Chuẩn bị hồ sơ sản xuất và hệ thống "
                "quản lý chất lượng trước buổi đánh giá.",
                "The Verified Supplier badge follows an on-site audit by an inspection body "
                "(SGS, Intertek or TÜV). Prepare production records and the quality-management "
                "system before the audit.",
                evidence="file",
                review_required=True,
                optional=True,
                depends_on=["membership-activation"],
                duration_days=20,
            ),
        ],
    },
]
