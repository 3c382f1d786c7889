"""Demo course content, as pure data (no Django imports).

Loaded by courses.demo into CourseSectionPage > CoursePage > LessonPage. Written for this
portal from /work/shared/domain/vietnam-ecommerce.md and tax-code.md. Facts the notes mark
UNVERIFIED appear only inside a "warning" callout saying "Chưa được xác minh", or not at all.

Lesson body blocks are (block_type, value) tuples matching courses.blocks.LessonBodyBlock:
heading, text (simple HTML), callout, checklist, quiz, link. Each text has its English
sibling (`text_en`, blank here until translated). Link blocks lead to the onboarding step
"<template key>:<step key>" of onboarding/default_templates.py by its address.
"""

from urllib.parse import quote

HO_CHI_MINH = 79
HA_NOI = 1

# Legal bases quoted in callouts (document and dates as the domain notes give them).
LB_DECREE_52 = "Nghị định 52/2013/NĐ-CP, sửa đổi bởi Nghị định 08/2018/NĐ-CP và 85/2021/NĐ-CP"
LB_DECREE_146 = "Nghị định 146/2025/NĐ-CP, áp dụng từ 01/07/2025 đến 28/02/2027"
LB_DECREE_98 = "Nghị định 98/2020/NĐ-CP, hiệu lực từ 15/10/2020"
LB_LAW_122 = "Luật Thương mại điện tử số 122/2025/QH15, hiệu lực từ 01/07/2026"
LB_CIRCULARS = (
    "Thông tư 47/2014/TT-BCT (website) và 59/2015/TT-BCT (ứng dụng), "
    "sửa đổi bởi Thông tư 01/2022/TT-BCT, hiệu lực từ 08/03/2022"
)
LB_OCOP = "Quyết định 148/QĐ-TTg ngày 24/02/2023 (thay thế Quyết định 1048/QĐ-TTg năm 2019)"

LAW_122_WARNING_TEXT = (
    "Luật Thương mại điện tử 122/2025/QH15 có hiệu lực từ 01/07/2026, nhưng cổng chưa tìm "
    "thấy nghị định hướng dẫn. Các thủ tục trong bài được mô tả theo Nghị định 52/2013, "
    "85/2021 và 146/2025 và có thể đã được thay thế. Trước khi nộp hồ sơ, hãy kiểm tra lại "
    "tại online.gov.vn hoặc hỏi Sở Công Thương nơi bạn đăng ký kinh doanh."
)


def _text(html):
    return ("text", {"text": html, "text_en": ""})


def _heading(text):
    return ("heading", {"text": text, "text_en": ""})


def _callout(kind, title, text, legal_basis=""):
    return (
        "callout",
        {
            "kind": kind,
            "title": title,
            "title_en": "",
            "text": text,
            "text_en": "",
            "legal_basis": legal_basis,
        },
    )


def _unverified(title, text):
    """A warning callout for a fact the domain notes could not confirm."""
    return _callout("warning", title, "Chưa được xác minh: " + text)


def _checklist(title, items):
    return (
        "checklist",
        {"title": title, "title_en": "", "items": [{"text": i, "text_en": ""} for i in items]},
    )


def _q(text, choices, explanation):
    """A quiz question; choices are (text, correct) pairs."""
    return {
        "text": text,
        "text_en": "",
        "choices": [{"text": c, "text_en": "", "correct": ok} for c, ok in choices],
        "explanation": explanation,
        "explanation_en": "",
    }


def _quiz(title, questions):
    return ("quiz", {"title": title, "title_en": "", "questions": list(questions)})


def _step(step_key, text):
    url = "/onboarding/?step=" + quote(step_key, safe="/")
    return ("link", {"page": None, "url": url, "text": text, "text_en": ""})


# =====================================================================================
# 1. Thương mại điện tử cơ bản (national, ecommerce_skills)
# =====================================================================================
COURSE_BASICS = {
    "slug": "thuong-mai-dien-tu-co-ban",
    "section": "national",
    "title": "Thương mại điện tử cơ bản cho doanh nghiệp nhỏ",
    "title_en": "E-commerce basics for small businesses",
    "summary": (
        "Chọn kênh bán hàng trực tuyến phù hợp, chuẩn bị giấy tờ và mã số thuế, làm trang "
        "sản phẩm đúng quy định và vận hành đơn hàng bài bản."
    ),
    "summary_en": (
        "Choose the right online sales channel, prepare your papers and tax code, build "
        "compliant product pages and run orders properly."
    ),
    "description_html": (
        "<p>Khóa học nhập môn dành cho doanh nghiệp nhỏ, hợp tác xã và hộ kinh doanh lần đầu "
        "bán hàng trên mạng. Bạn sẽ biết mình cần làm thủ tục gì, chuẩn bị giấy tờ nào và "
        "giữ uy tín gian hàng ra sao.</p>"
        "<ul><li>Phân biệt website riêng, gian hàng trên sàn và bán hàng xuyên biên giới.</li>"
        "<li>Hiểu mã số thuế 10, 13 và 12 chữ số.</li>"
        "<li>Biết những thông tin bắt buộc phải công bố khi bán hàng trực tuyến.</li>"
        "<li>Nắm những điểm chính của Luật Thương mại điện tử 2025.</li></ul>"
    ),
    "track": "ecommerce_skills",
    "platforms": [],
    "audience": "business",
    "officials_only": False,
    "level": "beginner",
    "estimated_minutes": 85,
    "outcomes": [
        "Chọn được kênh bán hàng trực tuyến phù hợp với sản phẩm và nguồn lực",
        "Xác định thủ tục pháp lý cần làm: thông báo website hay đăng ký sàn",
        "Chuẩn bị bộ giấy tờ pháp lý và dùng đúng loại mã số thuế",
        "Công bố đầy đủ thông tin người bán, giá, vận chuyển và thanh toán",
        "Theo dõi chỉ số vận hành để giữ uy tín gian hàng",
    ],
    "prerequisites": [],
    "pass_mark": 70,
    "lessons": [
        {
            "slug": "chon-kenh-ban-hang",
            "title": "Chọn kênh bán hàng trực tuyến",
            "title_en": "Choosing your online sales channels",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Có ba cách phổ biến để đưa sản phẩm lên mạng, và mỗi cách kéo theo "
                    "những việc khác nhau:</p>"
                    "<ul><li><strong>Website hoặc ứng dụng của riêng bạn.</strong> Bạn làm chủ "
                    "giao diện, dữ liệu khách hàng và thương hiệu, nhưng phải tự thu hút khách "
                    "và phải thông báo website với cơ quan quản lý.</li>"
                    "<li><strong>Gian hàng trên sàn thương mại điện tử</strong> như Shopee, "
                    "Lazada, Tiki, Sendo, Voso hay Postmart. Sàn có sẵn lượng khách lớn và hệ "
                    "thống thanh toán, vận chuyển; đổi lại bạn tuân theo quy định và chỉ số "
                    "vận hành của sàn.</li>"
                    "<li><strong>Bán hàng xuyên biên giới</strong> qua Amazon Global Selling "
                    "(bán lẻ) hoặc Alibaba.com (bán sỉ). Thị trường rộng hơn nhưng yêu cầu "
                    "giấy tờ, tiếng Anh và năng lực cung ứng cao hơn.</li></ul>"
                    "<p>Nhiều doanh nghiệp nhỏ bắt đầu bằng một sàn trong nước, sau đó mới mở "
                    "website riêng khi đã có khách hàng quen.</p>"
                ),
                _heading("Kênh nào kéo theo thủ tục nào?"),
                _text(
                    "<p>Trên cổng online.gov.vn có hai thủ tục chính:</p>"
                    "<ul><li><strong>Thông báo</strong> website/ứng dụng bán hàng: dành cho "
                    "thương nhân, tổ chức <em>hoặc cá nhân</em> bán hàng hóa, dịch vụ của chính "
                    "mình qua website hoặc ứng dụng riêng.</li>"
                    "<li><strong>Đăng ký</strong> website/ứng dụng cung cấp dịch vụ TMĐT: dành "
                    "cho thương nhân, tổ chức vận hành sàn giao dịch (kể cả website rao vặt), "
                    "khuyến mại trực tuyến hoặc đấu giá trực tuyến. Cá nhân không được đăng "
                    "ký.</li></ul>"
                ),
                _callout(
                    "legal",
                    "Ai phải thông báo website bán hàng",
                    "Thương nhân, tổ chức, cá nhân tự thiết lập website hoặc ứng dụng để bán "
                    "hàng hóa, dịch vụ của mình phải thông báo website hoặc ứng dụng đó với cơ "
                    "quan quản lý.",
                    LB_DECREE_52 + " (Điều 27)",
                ),
                _unverified(
                    "Chỉ bán trên sàn, không có website riêng",
                    "người chỉ bán qua gian hàng trên sàn và không có website riêng thì không "
                    "phải làm thủ tục thông báo hay đăng ký. Kiểm tra lại tại online.gov.vn "
                    "hoặc Sở Công Thương, nhất là từ khi Luật Thương mại điện tử 2025 có hiệu "
                    "lực.",
                ),
                _checklist(
                    "Trước khi chọn kênh, hãy trả lời",
                    [
                        "Sản phẩm của tôi có cần giấy phép theo ngành hàng không?",
                        "Tôi có người trả lời khách và đóng gói đơn hằng ngày không?",
                        "Tôi muốn bán lẻ trong nước, bán lẻ ra nước ngoài hay bán sỉ?",
                        "Tôi có website riêng, hay sẽ chỉ bán trên sàn?",
                    ],
                ),
            ],
        },
        {
            "slug": "giay-to-va-ma-so-thue",
            "title": "Giấy tờ pháp lý và mã số thuế",
            "title_en": "Legal documents and tax code",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Sàn thương mại điện tử, ngân hàng và cơ quan quản lý đều đối chiếu tên, "
                    "địa chỉ và mã số thuế của bạn. Chỉ một ký tự lệch giữa các giấy tờ cũng "
                    "có thể khiến hồ sơ bị trả lại, vì vậy hãy chuẩn bị một bộ giấy tờ thống "
                    "nhất ngay từ đầu.</p>"
                ),
                _heading("Ba dạng mã số thuế"),
                _text(
                    "<ul><li><strong>Doanh nghiệp:</strong> 10 chữ số; chữ số cuối là số kiểm "
                    "tra tính từ chín chữ số đầu. Ví dụ mã thật: 0100109106 (Tập đoàn "
                    "Viettel).</li>"
                    "<li><strong>Đơn vị phụ thuộc (chi nhánh):</strong> 13 chữ số, gồm 10 chữ "
                    "số của đơn vị chủ quản và 3 chữ số thứ tự, thường viết dạng "
                    "0100109106-001. Số thứ tự 000 không hợp lệ.</li>"
                    "<li><strong>Cá nhân và hộ kinh doanh:</strong> từ 01/07/2025 dùng số định "
                    "danh cá nhân 12 chữ số trên căn cước công dân gắn chip làm mã số "
                    "thuế.</li></ul>"
                ),
                _callout(
                    "tip",
                    "Đúng định dạng chưa chắc đã đúng doanh nghiệp",
                    "Một mã số thuế đúng định dạng không chứng minh doanh nghiệp tồn tại. Chỉ "
                    "cơ quan thuế mới xác nhận được điều đó. Khi điền hồ sơ, hãy sao chép mã "
                    "từ giấy chứng nhận đăng ký thay vì gõ lại theo trí nhớ.",
                ),
                _text(
                    "<p>Từ 01/07/2025, cả nước còn 34 tỉnh, thành phố và không còn cấp huyện. "
                    "Giấy tờ cũ có thể vẫn ghi tên tỉnh trước sáp nhập, ví dụ Bình Dương nay "
                    "thuộc Thành phố Hồ Chí Minh. Khi sàn hoặc cơ quan hỏi địa chỉ, hãy xem "
                    "họ yêu cầu ghi theo giấy tờ hay theo đơn vị hành chính mới.</p>"
                ),
                _checklist(
                    "Bộ giấy tờ nên scan sẵn (PDF, rõ nét, đủ trang)",
                    [
                        "Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh",
                        "Giấy chứng nhận đầu tư (nếu có)",
                        "Căn cước công dân gắn chip của người đại diện",
                        "Thông tin tài khoản ngân hàng đứng tên doanh nghiệp hoặc chủ hộ",
                        "Giấy chứng nhận nhãn hiệu hoặc giấy ủy quyền phân phối (nếu có)",
                        "Giấy phép theo ngành hàng, ví dụ an toàn thực phẩm hay công bố mỹ phẩm",
                    ],
                ),
            ],
        },
        {
            "slug": "thong-tin-phai-cong-bo",
            "title": "Trang sản phẩm và thông tin phải công bố",
            "title_en": "Product pages and mandatory disclosures",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Người mua trực tuyến không cầm được sản phẩm trên tay, nên họ dựa hoàn "
                    "toàn vào thông tin bạn đưa ra. Pháp luật cũng yêu cầu website bán hàng "
                    "công bố đầy đủ và chính xác:</p>"
                    "<ul><li>thông tin về chủ sở hữu: tên, địa chỉ, mã số thuế, cách liên "
                    "hệ;</li>"
                    "<li>thông tin về hàng hóa, dịch vụ;</li>"
                    "<li>giá bán và các chi phí phát sinh;</li>"
                    "<li>vận chuyển và giao nhận;</li>"
                    "<li>điều khoản giao dịch, đổi trả;</li>"
                    "<li>phương thức thanh toán.</li></ul>"
                ),
                _callout(
                    "legal",
                    "Thiếu thông tin cũng bị phạt",
                    "Website hoặc ứng dụng bán hàng không công bố đầy đủ, chính xác thông tin "
                    "về chủ sở hữu, hàng hóa, giá, vận chuyển, điều khoản hoặc thanh toán có "
                    "thể bị phạt từ 1 đến 5 triệu đồng.",
                    LB_DECREE_98,
                ),
                _unverified(
                    "Mức phạt hiện hành",
                    "việc mức phạt của tổ chức có gấp đôi cá nhân hay không, và các nghị định "
                    "sau năm 2020 có sửa đổi mức phạt hay không. Kiểm tra lại văn bản hiện hành "
                    "tại nguồn chính thức.",
                ),
                _heading("Viết trang sản phẩm khiến người mua tin tưởng"),
                _text(
                    "<p>Dùng ảnh thật chụp dưới ánh sáng tự nhiên, có ảnh bao bì và nhãn. Mô "
                    "tả trung thực: thành phần, kích thước, khối lượng, hạn sử dụng, cách bảo "
                    "quản. Nếu sản phẩm có câu chuyện (vùng nguyên liệu, nghề truyền thống, "
                    "người làm ra nó), hãy kể ngắn gọn: câu chuyện giúp sản phẩm khác biệt "
                    "và cũng là một tiêu chí chấm điểm OCOP.</p>"
                ),
                _checklist(
                    "Trước khi đăng một sản phẩm",
                    [
                        "Tên sản phẩm rõ ràng, không nhồi từ khóa",
                        "Ít nhất một ảnh thật của sản phẩm và một ảnh nhãn",
                        "Giá bán, phí giao hàng và thời gian giao dự kiến",
                        "Chính sách đổi trả viết bằng lời dễ hiểu",
                        "Giấy phép theo ngành hàng đã sẵn sàng nếu bị hỏi",
                    ],
                ),
            ],
        },
        {
            "slug": "van-hanh-don-hang",
            "title": "Vận hành đơn hàng và giữ uy tín gian hàng",
            "title_en": "Handling orders and keeping your store's reputation",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Bán được đơn đầu tiên mới là khởi đầu. Các sàn theo dõi sát cách bạn "
                    "xử lý đơn hàng, và chỉ số vận hành quyết định bạn có được nâng cấp gian "
                    "hàng hay không.</p>"
                    "<p>Ví dụ, để lên Shopee Mall, gian hàng phải đạt các chỉ số trong 4 tuần "
                    "gần nhất: tỷ lệ đơn không thành công dưới 10%, tỷ lệ giao hàng trễ dưới "
                    "10% và không có điểm phạt. Đây là một mốc tốt để tự đánh giá, kể cả khi "
                    "bạn bán trên sàn khác.</p>"
                ),
                _heading("Nhịp làm việc mỗi ngày"),
                _checklist(
                    "Việc cần làm hằng ngày",
                    [
                        "Xác nhận đơn mới và kiểm tra tồn kho trước khi nhận đơn",
                        "Đóng gói và giao cho đơn vị vận chuyển đúng hạn",
                        "Trả lời tin nhắn của khách trong ngày",
                        "Xử lý yêu cầu đổi trả theo đúng chính sách đã công bố",
                        "Xem lại chỉ số vận hành của gian hàng",
                    ],
                ),
                _callout(
                    "tip",
                    "Hết hàng thì ẩn sản phẩm",
                    "Nhận đơn rồi mới phát hiện hết hàng sẽ làm tăng tỷ lệ đơn không thành công. "
                    "Cập nhật tồn kho thường xuyên và tạm ẩn sản phẩm khi hết hàng thay "
                    "vì hủy đơn của khách.",
                ),
                _callout(
                    "warning",
                    "Cảnh giác lừa đảo",
                    "Không gửi ảnh căn cước, mã OTP hay mật khẩu cho người tự xưng là nhân "
                    "viên sàn qua tin nhắn hoặc mạng xã hội. Mọi việc định danh chỉ làm trong "
                    "trang quản lý người bán chính thức của sàn.",
                ),
            ],
        },
        {
            "slug": "luat-thuong-mai-dien-tu-2025",
            "title": "Luật Thương mại điện tử 2025 và bài kiểm tra",
            "title_en": "The 2025 E-commerce Law and quiz",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Luật Thương mại điện tử số 122/2025/QH15 được Quốc hội thông qua ngày "
                    "10/12/2025 và có hiệu lực từ 01/07/2026. Luật gồm 7 chương, 41 điều. Những "
                    "điểm người bán cần biết:</p>"
                    "<ul><li>phân loại nền tảng thương mại điện tử thành 4 loại;</li>"
                    "<li><strong>định danh người bán qua VNeID</strong>;</li>"
                    "<li>trách nhiệm khi bán hàng qua livestream;</li>"
                    "<li>quy định về thương mại điện tử xuyên biên giới.</li></ul>"
                    "<p>Trên thực tế, Shopee đã định danh người bán bằng căn cước công dân gắn "
                    "chip từ tháng 6/2025, nên nhiều người bán đã quen với bước này.</p>"
                ),
                _callout(
                    "legal",
                    "Luật mới đã có hiệu lực",
                    "Luật Thương mại điện tử áp dụng từ 01/07/2026, trong đó có yêu cầu định "
                    "danh người bán qua VNeID.",
                    LB_LAW_122,
                ),
                _unverified("Văn bản hướng dẫn Luật 122/2025", LAW_122_WARNING_TEXT),
                _quiz(
                    "Kiểm tra kiến thức cơ bản",
                    [
                        _q(
                            "Hộ kinh doanh bán nông sản của mình qua website riêng. Thủ tục "
                            "nào trên online.gov.vn phù hợp?",
                            [
                                ("Thông báo website bán hàng", True),
                                ("Đăng ký website cung cấp dịch vụ TMĐT", False),
                                ("Đăng ký hoạt động đánh giá tín nhiệm", False),
                            ],
                            "Bán hàng hóa của chính mình qua website riêng là trường hợp "
                            "thông báo. Đăng ký dành cho sàn giao dịch, khuyến mại hoặc đấu "
                            "giá trực tuyến, và cá nhân không được đăng ký.",
                        ),
                        _q(
                            "Mã số thuế nào có dạng của một chi nhánh (đơn vị phụ thuộc)?",
                            [
                                ("0100109106", False),
                                ("0100109106-001", True),
                                ("0100109106-000", False),
                            ],
                            "Chi nhánh có 13 chữ số: 10 chữ số của đơn vị chủ quản và 3 chữ số "
                            "thứ tự; số thứ tự 000 không hợp lệ.",
                        ),
                        _q(
                            "Những thông tin nào website bán hàng phải công bố?",
                            [
                                ("Tên, địa chỉ, mã số thuế và liên hệ của chủ sở hữu", True),
                                ("Giá bán và chi phí vận chuyển", True),
                                ("Phương thức thanh toán", True),
                                ("Doanh thu hằng tháng của cửa hàng", False),
                            ],
                            "Chủ sở hữu, hàng hóa, giá, vận chuyển, điều khoản và thanh toán "
                            "là các nhóm thông tin bắt buộc; doanh thu thì không.",
                        ),
                        _q(
                            "Luật Thương mại điện tử 122/2025/QH15 có hiệu lực từ ngày nào?",
                            [
                                ("01/07/2025", False),
                                ("10/12/2025", False),
                                ("01/07/2026", True),
                            ],
                            "Luật được thông qua ngày 10/12/2025 và có hiệu lực từ 01/07/2026.",
                        ),
                        _q(
                            "Từ 01/07/2025, hộ kinh doanh dùng gì làm mã số thuế?",
                            [
                                ("Số định danh cá nhân 12 chữ số", True),
                                ("Mã 10 chữ số do sàn TMĐT cấp", False),
                                ("Số điện thoại đã đăng ký với ngân hàng", False),
                            ],
                            "Cá nhân và hộ kinh doanh dùng số định danh cá nhân 12 chữ số trên "
                            "căn cước công dân gắn chip.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

# =====================================================================================
# 2. Thông báo website bán hàng (HCM section)
# =====================================================================================
COURSE_NOTIFY = {
    "slug": "thong-bao-website-ban-hang",
    "section": HO_CHI_MINH,
    "title": "Thông báo website bán hàng trên online.gov.vn",
    "title_en": "Notify your sales website at online.gov.vn",
    "summary": (
        "Từng bước thông báo website hoặc ứng dụng bán hàng: chuẩn bị website, tạo tài "
        "khoản, khai báo, gửi hồ sơ, bổ sung và gắn biểu tượng “Đã thông báo”."
    ),
    "summary_en": (
        "Step by step through notifying a sales website or app: preparing the site, the "
        "account, the declaration, submitting, supplementing and displaying the “notified” "
        "logo."
    ),
    "description_html": (
        "<p>Khóa học dành cho doanh nghiệp, hộ kinh doanh và cá nhân tại Thành phố Hồ Chí "
        "Minh (bao gồm địa bàn Bình Dương và Bà Rịa – Vũng Tàu trước đây) có website hoặc "
        "ứng dụng bán hàng riêng.</p>"
        "<ul><li>Hiểu ai phải thông báo và cơ quan nào tiếp nhận từ 01/07/2025.</li>"
        "<li>Chuẩn bị website đúng yêu cầu trước khi khai báo.</li>"
        "<li>Xử lý yêu cầu bổ sung và giữ thông tin luôn cập nhật.</li></ul>"
        "<p>Mỗi bài dẫn tới bước tương ứng trong hành trình <strong>Thông báo website bán "
        "hàng</strong> của doanh nghiệp bạn trên cổng.</p>"
    ),
    "track": "ecommerce_skills",
    "platforms": [],
    "audience": "business",
    "officials_only": False,
    "level": "beginner",
    "estimated_minutes": 95,
    "outcomes": [
        "Xác định đúng thủ tục và cơ quan tiếp nhận thông báo",
        "Công bố đầy đủ thông tin bắt buộc trên website",
        "Tạo tài khoản và khai báo hồ sơ trên online.gov.vn",
        "Xử lý trạng thái “Website cần bổ sung thông tin”",
        "Gắn biểu tượng đúng lúc và báo cáo thay đổi trong 7 ngày",
    ],
    "prerequisites": [],
    "pass_mark": 70,
    "lessons": [
        {
            "slug": "ai-phai-thong-bao",
            "title": "Ai phải thông báo và thông báo ở đâu",
            "title_en": "Who must notify and where",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Nếu bạn là thương nhân, tổ chức hoặc cá nhân tự lập website hay ứng "
                    "dụng để bán <strong>hàng hóa, dịch vụ của chính mình</strong>, bạn cần "
                    "thông báo website/ứng dụng đó trên cổng "
                    '<a href="https://online.gov.vn">online.gov.vn</a>. Nếu website của bạn '
                    "cho người khác mở gian hàng, rao vặt, khuyến mại hay đấu giá, đó là "
                    "website cung cấp dịch vụ và phải làm thủ tục <em>đăng ký</em> với Bộ Công "
                    "Thương, một thủ tục khác, chặt chẽ hơn.</p>"
                ),
                _heading("Cơ quan tiếp nhận từ 01/07/2025"),
                _text(
                    "<p>Từ 01/07/2025 đến 28/02/2027, việc tiếp nhận thông báo website và ứng "
                    "dụng bán hàng được chuyển từ Bộ Công Thương về <strong>UBND cấp "
                    "tỉnh</strong>. Với doanh nghiệp tại Thành phố Hồ Chí Minh, kể cả địa bàn "
                    "Bình Dương và Bà Rịa – Vũng Tàu đã sáp nhập, hồ sơ do UBND Thành phố Hồ "
                    "Chí Minh xét duyệt. Bạn vẫn khai báo trên online.gov.vn như trước.</p>"
                    "<p>Việc đăng ký website cung cấp dịch vụ không nằm trong danh sách phân "
                    "cấp, nên vẫn do Bộ Công Thương xử lý.</p>"
                ),
                _callout(
                    "legal",
                    "Phân cấp thông báo website cho tỉnh",
                    "Nghị định 146/2025/NĐ-CP chuyển cho UBND cấp tỉnh ba việc: tiếp nhận "
                    "thông báo website bán hàng, thông báo ứng dụng bán hàng và đăng ký hoạt "
                    "động đánh giá tín nhiệm website.",
                    LB_DECREE_146,
                ),
                _unverified(
                    "Đơn vị trực tiếp xét duyệt",
                    "UBND tỉnh giao Sở Công Thương trực tiếp xét duyệt hồ sơ. Kiểm tra thông "
                    "tin về cơ quan tiếp nhận hồ sơ của bạn tại online.gov.vn.",
                ),
                _unverified("Thủ tục sau khi Luật 122/2025 có hiệu lực", LAW_122_WARNING_TEXT),
            ],
        },
        {
            "slug": "chuan-bi-website",
            "title": "Chuẩn bị website trước khi thông báo",
            "title_en": "Preparing your website before notifying",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Hồ sơ thông báo có kèm <strong>ảnh chụp giao diện website</strong> "
                    "thể hiện các thông tin bắt buộc. Vì vậy, website phải hoàn thiện trước khi "
                    "bạn khai báo, không phải sau.</p>"
                    "<p>Chân trang chủ cần có tên chủ sở hữu website, địa chỉ, mã số thuế và "
                    "thông tin liên hệ. Các trang sản phẩm và trang chính sách cần nói rõ hàng "
                    "hóa, giá, vận chuyển và giao nhận, điều khoản giao dịch, đổi trả và phương "
                    "thức thanh toán.</p>"
                ),
                _checklist(
                    "Chân trang chủ của bạn đã có",
                    [
                        "Tên doanh nghiệp, hộ kinh doanh hoặc cá nhân, đúng như trên giấy tờ",
                        "Địa chỉ trụ sở hoặc địa chỉ thường trú",
                        "Mã số thuế (hoặc số đăng ký kinh doanh)",
                        "Số điện thoại và email liên hệ",
                        "Đường dẫn tới chính sách đổi trả, vận chuyển và thanh toán",
                    ],
                ),
                _callout(
                    "tip",
                    "Chụp ảnh cả trang",
                    "Chụp toàn bộ trang chủ, kể cả phần chân trang, ở độ phân giải đủ đọc "
                    "được chữ. Thông tin trong ảnh phải khớp từng chữ với thông tin bạn sẽ "
                    "khai báo.",
                ),
                _callout(
                    "legal",
                    "Thông tin website phải công bố",
                    "Website bán hàng phải công bố thông tin về người sở hữu website, hàng "
                    "hóa, giá, vận chuyển, điều khoản và thanh toán. Thiếu hoặc sai các thông "
                    "tin này có thể bị phạt từ 1 đến 5 triệu đồng theo Nghị định "
                    "98/2020/NĐ-CP.",
                    LB_DECREE_52 + " (Điều 28); " + LB_DECREE_98,
                ),
                _step(
                    "notify-website:publish-required-info",
                    "Tải ảnh chụp trang chủ lên hành trình thông báo website",
                ),
            ],
        },
        {
            "slug": "tao-tai-khoan-va-khai-bao",
            "title": "Tạo tài khoản và khai báo hồ sơ",
            "title_en": "Creating an account and declaring the dossier",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<h3>Bước 1: đăng ký tài khoản</h3>"
                    "<p>Trên online.gov.vn, bạn khai báo: tên thương nhân, tổ chức hoặc cá "
                    "nhân; số đăng ký kinh doanh, số quyết định thành lập hoặc mã số thuế cá "
                    "nhân; ngành nghề kinh doanh; địa chỉ trụ sở hoặc thường trú; email và số "
                    "điện thoại.</p>"
                    "<p>Thương nhân và cá nhân đăng nhập bằng mã số thuế; tổ chức tự chọn tên "
                    "đăng nhập. Trong <strong>3 ngày làm việc</strong>, bạn nhận email trả lời: "
                    "được cấp tài khoản, bị từ chối, hoặc cần bổ sung thông tin.</p>"
                ),
                _text(
                    "<h3>Bước 2: khai báo thông tin website</h3>"
                    "<p>Đăng nhập, chọn “Thông báo website” (hoặc “Thông báo ứng dụng”) và "
                    "khai báo:</p>"
                    "<ol><li>tên miền;</li>"
                    "<li>loại hàng hóa, dịch vụ;</li>"
                    "<li>tên đăng ký của thương nhân, tổ chức hoặc tên cá nhân;</li>"
                    "<li>địa chỉ trụ sở hoặc thường trú;</li>"
                    "<li>số, ngày, nơi cấp giấy chứng nhận đăng ký kinh doanh, hoặc quyết "
                    "định thành lập, hoặc mã số thuế cá nhân;</li>"
                    "<li>họ tên, chức danh, số giấy tờ tùy thân, điện thoại, email của người "
                    "đại diện và người chịu trách nhiệm về website;</li>"
                    "<li>ảnh chụp giao diện website thể hiện các thông tin bắt buộc.</li></ol>"
                ),
                _checklist(
                    "Tệp cần chuẩn bị để đính kèm",
                    [
                        "Bản scan giấy chứng nhận đăng ký kinh doanh",
                        "Giấy chứng nhận đầu tư, nếu doanh nghiệp có",
                        "Giấy tờ tùy thân của người đại diện",
                        "Ảnh chụp trang chủ và các trang chính sách",
                        "Tên miền và tên nhà cung cấp dịch vụ lưu trữ (hosting)",
                    ],
                ),
                _step("notify-website:create-account", "Ghi nhận bước tạo tài khoản"),
                _step("notify-website:declare-info", "Ghi nhận bước khai báo thông tin"),
            ],
        },
        {
            "slug": "gui-ho-so-va-bo-sung",
            "title": "Gửi hồ sơ, theo dõi và bổ sung",
            "title_en": "Submitting, tracking and supplementing the dossier",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Khi đã đính kèm đủ tệp, bấm <strong>“Gửi hồ sơ”</strong>. Cơ quan tiếp "
                    "nhận xét duyệt hồ sơ điện tử trong <strong>3 ngày làm việc</strong> và trả "
                    "lời một trong ba kết quả: xác nhận, yêu cầu bổ sung, hoặc yêu cầu khai báo "
                    "lại.</p>"
                ),
                _heading("Khi hồ sơ “cần bổ sung thông tin”"),
                _text(
                    "<p>Nếu hồ sơ hiện trạng thái <em>“Website cần bổ sung thông tin”</em>:</p>"
                    "<ol><li>mở “Tất cả hồ sơ thông báo website” và bấm “Xem” để đọc yêu "
                    "cầu;</li>"
                    "<li>nếu yêu cầu liên quan đến <strong>trang chủ website</strong>, sửa "
                    "trực tiếp trên website đang chạy;</li>"
                    "<li>nếu yêu cầu liên quan đến <strong>dữ liệu hồ sơ</strong> (giấy phép, "
                    "địa chỉ, người đại diện), bấm “Sửa”;</li>"
                    "<li>bấm “Gửi hồ sơ” để gửi lại.</li></ol>"
                ),
                _unverified(
                    "Lệ phí và tên các trạng thái khác",
                    "thủ tục thông báo có miễn phí hay không, và tên gọi chính xác của các "
                    "trạng thái hồ sơ ngoài “Website cần bổ sung thông tin”. Kiểm tra lại tại "
                    "online.gov.vn.",
                ),
                _step("notify-website:submit-notification", "Ghi nhận việc gửi hồ sơ"),
                _quiz(
                    "Kiểm tra nhanh: gửi và bổ sung hồ sơ",
                    [
                        _q(
                            "Cơ quan tiếp nhận xét duyệt hồ sơ thông báo trong bao lâu?",
                            [
                                ("3 ngày làm việc", True),
                                ("15 ngày làm việc", False),
                                ("30 ngày", False),
                            ],
                            "Thông báo được xét duyệt trong 3 ngày làm việc.",
                        ),
                        _q(
                            "Yêu cầu bổ sung nói địa chỉ ở chân trang chủ chưa khớp hồ sơ. Bạn "
                            "làm gì?",
                            [
                                ("Sửa địa chỉ trên website đang chạy rồi gửi lại hồ sơ", True),
                                ("Nộp một hồ sơ thông báo mới", False),
                                ("Không cần làm gì, hồ sơ sẽ tự được xác nhận", False),
                            ],
                            "Yêu cầu liên quan đến trang chủ được sửa trực tiếp trên website, "
                            "sau đó bấm “Gửi hồ sơ” lần nữa.",
                        ),
                        _q(
                            "Những kết quả nào có thể nhận được sau xét duyệt?",
                            [
                                ("Xác nhận", True),
                                ("Yêu cầu bổ sung", True),
                                ("Yêu cầu khai báo lại", True),
                                ("Cấp giấy phép kinh doanh", False),
                            ],
                            "Xét duyệt cho ba kết quả: xác nhận, bổ sung, khai báo lại. Giấy "
                            "phép kinh doanh là thủ tục khác.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "sau-khi-duoc-xac-nhan",
            "title": "Sau khi được xác nhận: biểu tượng, thay đổi và xử phạt",
            "title_en": "After confirmation: the logo, changes and penalties",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Khi hồ sơ được xác nhận, bạn gắn biểu tượng <strong>“Đã thông "
                    "báo”</strong> kèm đường liên kết do online.gov.vn cung cấp vào chân trang "
                    "website. Chỉ gắn sau khi đã được xác nhận.</p>"
                    "<p>Thông báo không phải làm một lần rồi thôi. Khi thông tin đã thông báo "
                    "thay đổi, hoặc khi ngừng hoạt động website, bạn phải báo trên "
                    "online.gov.vn <strong>trong vòng 7 ngày</strong> kể từ khi thay đổi. Yêu "
                    "cầu thay đổi hoặc chấm dứt được xử lý trong 3 ngày làm việc.</p>"
                ),
                _callout(
                    "legal",
                    "Các mức phạt liên quan",
                    "Khai thiếu hoặc sai khi thông báo, không thông báo thay đổi, hoặc gắn "
                    "biểu tượng “Đã thông báo” trước khi được xác nhận: phạt 5–10 triệu đồng. "
                    "Vận hành website bán hàng mà không thông báo: phạt 10–20 triệu đồng.",
                    LB_DECREE_98,
                ),
                _unverified(
                    "Mức phạt với tổ chức",
                    "việc mức phạt với tổ chức được nhân đôi và việc các mức phạt trên đã được "
                    "nghị định sau sửa đổi. Kiểm tra lại tại nguồn chính thức.",
                ),
                _step("notify-website:receive-confirmation", "Nhập mã hồ sơ đã được xác nhận"),
                _step("notify-website:display-logo", "Gửi đường dẫn trang có biểu tượng"),
                _quiz(
                    "Bài kiểm tra cuối khóa",
                    [
                        _q(
                            "Từ 01/07/2025 đến 28/02/2027, ai tiếp nhận thông báo website bán "
                            "hàng?",
                            [
                                ("UBND cấp tỉnh", True),
                                ("Bộ Công Thương", False),
                                ("Sàn thương mại điện tử nơi bạn bán hàng", False),
                            ],
                            "Nghị định 146/2025/NĐ-CP phân cấp việc này cho UBND cấp tỉnh "
                            "trong giai đoạn đó.",
                        ),
                        _q(
                            "Khi nào được gắn biểu tượng “Đã thông báo” lên website?",
                            [
                                ("Ngay sau khi bấm “Gửi hồ sơ”", False),
                                ("Sau khi hồ sơ được xác nhận", True),
                                ("Ngay khi được cấp tài khoản", False),
                            ],
                            "Gắn biểu tượng trước khi được xác nhận bị phạt 5–10 triệu đồng.",
                        ),
                        _q(
                            "Doanh nghiệp chuyển trụ sở. Phải báo thay đổi trên online.gov.vn "
                            "trong bao lâu?",
                            [
                                ("Trong vòng 7 ngày kể từ khi thay đổi", True),
                                ("Trong vòng 30 ngày", False),
                                ("Không cần báo, chỉ cần sửa trên website", False),
                            ],
                            "Thay đổi phải được báo trong vòng 7 ngày; cơ quan xử lý trong 3 "
                            "ngày làm việc.",
                        ),
                        _q(
                            "Vì sao phải hoàn thiện website trước khi khai báo?",
                            [
                                (
                                    "Vì hồ sơ có ảnh chụp giao diện thể hiện thông tin bắt buộc",
                                    True,
                                ),
                                ("Vì online.gov.vn chỉ nhận website có trên 100 sản phẩm", False),
                                ("Vì tài khoản chỉ được cấp cho website đã có biểu tượng", False),
                            ],
                            "Ảnh chụp giao diện website là một phần của hồ sơ thông báo.",
                        ),
                        _q(
                            "Vận hành website bán hàng mà không thông báo có thể bị phạt bao "
                            "nhiêu?",
                            [
                                ("1–5 triệu đồng", False),
                                ("10–20 triệu đồng", True),
                                ("20–30 triệu đồng", False),
                            ],
                            "Mức 10–20 triệu đồng theo Nghị định 98/2020/NĐ-CP; 20–30 triệu "
                            "đồng là mức cho website cung cấp dịch vụ chưa được xác nhận đăng "
                            "ký.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

# =====================================================================================
# 3. Mở gian hàng trên Shopee, Lazada và Tiki (HCM section, platform)
# =====================================================================================
COURSE_STORES = {
    "slug": "mo-gian-hang-shopee-lazada-tiki",
    "section": HO_CHI_MINH,
    "title": "Mở gian hàng trên Shopee, Lazada và Tiki",
    "title_en": "Opening a store on Shopee, Lazada and Tiki",
    "summary": (
        "Định danh người bán bằng CCCD gắn chip/VNeID, hồ sơ mở gian hàng trên ba sàn lớn và "
        "điều kiện lên Shopee Mall, LazMall."
    ),
    "summary_en": (
        "Seller identification with the chip-based ID card or VNeID, the sign-up dossier on "
        "three large marketplaces and what Shopee Mall and LazMall require."
    ),
    "description_html": (
        "<p>Khóa học thực hành cho doanh nghiệp và hộ kinh doanh muốn mở gian hàng trên "
        "Shopee, Lazada và Tiki. Nội dung dựa trên thông tin công khai; yêu cầu của sàn có "
        "thể thay đổi, nên mỗi bài đều chỉ rõ điều gì cần kiểm tra lại trên trang dành cho "
        "người bán.</p>"
        "<ul><li>Chuẩn bị định danh người bán theo Luật Thương mại điện tử 2025.</li>"
        "<li>Hồ sơ cá nhân và doanh nghiệp trên từng sàn.</li>"
        "<li>Điều kiện lên gian hàng chính hãng (Mall).</li></ul>"
    ),
    "track": "platform",
    "platforms": ["shopee", "lazada", "tiki"],
    "audience": "business",
    "officials_only": False,
    "level": "beginner",
    "estimated_minutes": 90,
    "outcomes": [
        "Hoàn tất định danh người bán bằng CCCD gắn chip hoặc VNeID",
        "Chuẩn bị hồ sơ mở gian hàng cá nhân hoặc doanh nghiệp trên Lazada",
        "Đăng ký Tiki Seller Center và ký hợp đồng trực tuyến",
        "Biết hồ sơ và chỉ số cần có để lên Shopee Mall, LazMall",
    ],
    "prerequisites": ["thuong-mai-dien-tu-co-ban"],
    "pass_mark": 70,
    "lessons": [
        {
            "slug": "dinh-danh-nguoi-ban",
            "title": "Định danh người bán: CCCD gắn chip và VNeID",
            "title_en": "Seller identification: chip-based ID card (CCCD) and VNeID",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Từ tháng 6/2025, Shopee phối hợp với Bộ Công an định danh "
                    "<strong>toàn bộ người bán</strong> bằng căn cước công dân gắn chip. Đến "
                    "30/10/2025, 81% người bán đã hoàn tất; người bán mới đều phải làm bước "
                    "này. Luật Thương mại điện tử 2025 đưa yêu cầu định danh người bán qua "
                    "VNeID thành quy định chung.</p>"
                    "<p>Vì vậy, dù mở gian hàng trên sàn nào, hãy coi định danh là một bước "
                    "bắt buộc và chuẩn bị sẵn từ đầu.</p>"
                ),
                _callout(
                    "legal",
                    "Định danh người bán",
                    "Luật Thương mại điện tử yêu cầu định danh người bán qua VNeID.",
                    LB_LAW_122,
                ),
                _checklist(
                    "Chuẩn bị cho bước định danh",
                    [
                        "Căn cước công dân gắn chip còn hạn của người đứng tên gian hàng",
                        "Tài khoản VNeID đã kích hoạt trên điện thoại của chính người đó",
                        "Tên trên gian hàng và tài khoản ngân hàng khớp với căn cước",
                    ],
                ),
                _callout(
                    "warning",
                    "Chỉ định danh trong trang chính thức",
                    "Thực hiện định danh trong trang quản lý người bán của sàn. Không gửi ảnh "
                    "căn cước hay mã OTP cho ai qua tin nhắn, kể cả người tự xưng là nhân viên "
                    "sàn.",
                ),
                _step("shopee-store:verify-identity", "Ghi nhận bước định danh trên Shopee"),
            ],
        },
        {
            "slug": "gian-hang-shopee",
            "title": "Shopee: gian hàng thường và Shopee Mall",
            "title_en": "Shopee: regular stores and Shopee Mall",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Gian hàng thường trên Shopee bắt đầu bằng việc đăng ký tài khoản người "
                    "bán qua số điện thoại hoặc email, xác thực bằng mã OTP, rồi định danh "
                    "bằng căn cước công dân gắn chip/VNeID. Sau đó bạn hoàn thiện thông tin "
                    "gian hàng và đăng sản phẩm.</p>"
                ),
                _unverified(
                    "Giấy tờ cho gian hàng thường",
                    "yêu cầu về tài khoản ngân hàng, địa chỉ lấy hàng và mã số thuế đối với "
                    "gian hàng thường trên Shopee. Kiểm tra lại tại Kênh Người Bán của Shopee.",
                ),
                _heading("Shopee Mall"),
                _text(
                    "<p>Shopee Mall dành cho chủ thương hiệu, nhà phân phối và nhà nhập khẩu. "
                    "Ngoài giấy chứng nhận đăng ký doanh nghiệp hoặc đầu tư, bạn cần "
                    "<strong>một</strong> trong các giấy tờ chứng minh quyền bán hàng, tùy vai "
                    "trò, cùng giấy phép theo ngành hàng. Giấy tờ nước ngoài phải được hợp "
                    "pháp hóa lãnh sự.</p>"
                    "<p>Gian hàng còn phải đạt chỉ số 4 tuần gần nhất: đơn không thành công "
                    "dưới 10%, giao hàng trễ dưới 10%, 0 điểm phạt.</p>"
                ),
                _checklist(
                    "Hồ sơ Shopee Mall (ví dụ ngành mỹ phẩm)",
                    [
                        "Giấy chứng nhận đăng ký doanh nghiệp hoặc giấy chứng nhận đầu tư",
                        "Nhà sản xuất: giấy chứng nhận nhãn hiệu hoặc đơn đã được chấp nhận",
                        "Nhà phân phối: hợp đồng hoặc giấy ủy quyền phân phối",
                        "Nhà nhập khẩu: tờ khai hải quan nhập khẩu",
                        "Giấy phép ngành hàng, ví dụ phiếu công bố mỹ phẩm",
                    ],
                ),
                _step("shopee-store:create-account", "Bắt đầu hành trình mở gian hàng Shopee"),
            ],
        },
        {
            "slug": "gian-hang-lazada",
            "title": "Lazada: cá nhân, doanh nghiệp và LazMall",
            "title_en": "Lazada: individuals, businesses and LazMall",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Lazada phân biệt hai loại người bán:</p>"
                    "<ul><li><strong>Cá nhân:</strong> email, số điện thoại, giấy tờ tùy thân, "
                    "tài khoản ngân hàng đứng tên trùng với giấy tờ tùy thân, địa chỉ kho "
                    "hàng.</li>"
                    "<li><strong>Doanh nghiệp:</strong> email, số điện thoại, tài khoản ngân "
                    "hàng <em>của công ty</em>, địa chỉ kho, tên công ty, số đăng ký doanh "
                    "nghiệp kèm bản scan, và mã số thuế.</li></ul>"
                    "<p>Hãy kiểm tra kỹ tên tài khoản ngân hàng trước khi khai báo: tên phải khớp "
                    "với tên trên giấy tờ.</p>"
                ),
                _unverified(
                    "Giới hạn giá sản phẩm",
                    "một số bài viết cho rằng gian hàng thường trên Lazada không được đăng sản "
                    "phẩm giá trên 5 triệu đồng. Thông tin này có thể đã cũ; kiểm tra lại tại "
                    "trang người bán của Lazada.",
                ),
                _checklist(
                    "Hồ sơ LazMall",
                    [
                        "Thương hiệu, quan hệ của bạn với thương hiệu, website và logo",
                        "Giấy chứng nhận nhãn hiệu, giấy ủy quyền phân phối hoặc hợp đồng mua "
                        "hàng, ghi rõ thời hạn",
                        "Bản scan hoặc bản sao công chứng đăng ký doanh nghiệp không quá 6 tháng",
                        "Tài khoản ngân hàng đúng tên công ty, kèm giấy tờ chứng minh",
                    ],
                ),
                _step("lazada-store:business-profile", "Hoàn thiện hồ sơ pháp lý trên Lazada"),
            ],
        },
        {
            "slug": "gian-hang-tiki",
            "title": "Tiki: hồ sơ pháp lý và hợp đồng trực tuyến",
            "title_en": "Tiki: legal documents and the online contract",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Quy trình trên Tiki Seller Center gồm:</p>"
                    "<ol><li>tạo tài khoản: họ tên đầy đủ đúng như trên giấy tờ tùy thân, "
                    "email, quốc gia, số điện thoại di động, ngành hàng chính, mật khẩu;</li>"
                    "<li>xác thực số điện thoại bằng mã OTP;</li>"
                    "<li>khai báo hồ sơ pháp lý;</li>"
                    "<li>ký <strong>hợp đồng trực tuyến</strong>.</li></ol>"
                    "<p>Sau khi ký hợp đồng, bạn có thể bắt đầu bán ngay.</p>"
                ),
                _callout(
                    "tip",
                    "Mở thêm gian hàng",
                    "Tiki chỉ cho mở thêm gian hàng đối với nhà sản xuất hoặc nhà phân phối "
                    "chính hãng. Nếu bạn là đại lý nhỏ, hãy tập trung vào một gian hàng.",
                ),
                _unverified(
                    "Thời gian duyệt",
                    "cổng chưa có nguồn xác nhận thời gian duyệt hồ sơ của Shopee, Lazada và "
                    "Tiki. Theo dõi thông báo trong trang người bán và bổ sung ngay khi được "
                    "yêu cầu.",
                ),
                _step("tiki-store:sign-contract", "Ghi nhận hợp đồng đã ký với Tiki"),
            ],
        },
        {
            "slug": "so-sanh-va-kiem-tra",
            "title": "So sánh ba sàn và bài kiểm tra",
            "title_en": "Comparing the three marketplaces and quiz",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<ul><li><strong>Shopee:</strong> định danh bằng CCCD gắn chip cho mọi "
                    "người bán; Shopee Mall yêu cầu chứng minh quyền bán và chỉ số vận hành "
                    "4 tuần.</li>"
                    "<li><strong>Lazada:</strong> hồ sơ khác nhau cho cá nhân và doanh nghiệp; "
                    "tài khoản ngân hàng phải đúng tên; LazMall yêu cầu giấy tờ thương hiệu "
                    "còn hạn.</li>"
                    "<li><strong>Tiki:</strong> ký hợp đồng trực tuyến rồi bán ngay; chỉ nhà "
                    "sản xuất hoặc phân phối chính hãng được mở thêm gian hàng.</li></ul>"
                    "<p>Nếu ngoài gian hàng trên sàn bạn còn có website bán hàng riêng, "
                    "website đó vẫn phải được thông báo trên online.gov.vn.</p>"
                ),
                _callout(
                    "tip",
                    "Luôn kiểm tra Kênh Người Bán",
                    "Thông tin về sàn trong khóa học lấy từ nguồn công khai và có thể đã thay "
                    "đổi. Trước khi chuẩn bị giấy tờ, hãy đọc hướng dẫn mới nhất trên trang "
                    "dành cho người bán của từng sàn.",
                ),
                _quiz(
                    "Bài kiểm tra cuối khóa",
                    [
                        _q(
                            "Người bán cá nhân trên Lazada cần tài khoản ngân hàng như thế nào?",
                            [
                                ("Đứng tên trùng với giấy tờ tùy thân của người bán", True),
                                ("Bất kỳ tài khoản nào, kể cả của người thân", False),
                                ("Tài khoản ngân hàng nước ngoài", False),
                            ],
                            "Tên tài khoản ngân hàng phải trùng với giấy tờ tùy thân; với "
                            "doanh nghiệp là tài khoản của công ty.",
                        ),
                        _q(
                            "Những chỉ số nào gian hàng phải đạt để lên Shopee Mall?",
                            [
                                ("Tỷ lệ đơn không thành công dưới 10%", True),
                                ("Tỷ lệ giao hàng trễ dưới 10%", True),
                                ("0 điểm phạt", True),
                                ("Ít nhất 1.000 người theo dõi", False),
                            ],
                            "Các chỉ số tính trên 4 tuần gần nhất: đơn không thành công và "
                            "giao trễ dưới 10%, không có điểm phạt.",
                        ),
                        _q(
                            "Trên Tiki, bước nào cho phép bắt đầu bán ngay?",
                            [
                                ("Ký hợp đồng trực tuyến", True),
                                ("Nhập mã OTP", False),
                                ("Đăng sản phẩm thứ mười", False),
                            ],
                            "Sau khi ký hợp đồng trực tuyến, người bán có thể bắt đầu bán.",
                        ),
                        _q(
                            "Nhà nhập khẩu muốn lên Shopee Mall dùng giấy tờ nào để chứng minh "
                            "quyền bán?",
                            [
                                ("Tờ khai hải quan nhập khẩu", True),
                                ("Giấy phép lái xe của giám đốc", False),
                                ("Hóa đơn tiền điện của kho", False),
                            ],
                            "Nhà sản xuất dùng nhãn hiệu, nhà phân phối dùng hợp đồng hoặc "
                            "ủy quyền, nhà nhập khẩu dùng tờ khai hải quan.",
                        ),
                        _q(
                            "Luật Thương mại điện tử 2025 yêu cầu định danh người bán qua đâu?",
                            [
                                ("VNeID", True),
                                ("Email của doanh nghiệp", False),
                                ("Tài khoản mạng xã hội", False),
                            ],
                            "Luật 122/2025/QH15 quy định định danh người bán qua VNeID.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

# =====================================================================================
# 4. Bán hàng ra thế giới: Amazon Global Selling và Alibaba.com (national, cross_border)
# =====================================================================================
COURSE_EXPORT = {
    "slug": "ban-hang-quoc-te-amazon-alibaba",
    "section": "national",
    "title": "Bán hàng ra thế giới với Amazon Global Selling và Alibaba.com",
    "title_en": "Selling abroad with Amazon Global Selling and Alibaba.com",
    "summary": (
        "Chọn giữa bán lẻ trên Amazon và bán sỉ trên Alibaba.com, chuẩn bị giấy tờ khớp tên, "
        "vượt qua các bước xác minh và giữ tài khoản hoạt động lâu dài."
    ),
    "summary_en": (
        "Choose between retail on Amazon and wholesale on Alibaba.com, prepare matching "
        "papers, pass the verifications and keep the account in good standing."
    ),
    "description_html": (
        "<p>Khóa học cho doanh nghiệp đã bán hàng ổn định trong nước và muốn ra thị trường "
        "quốc tế qua hai kênh: <strong>Amazon Global Selling</strong> (bán lẻ đến người tiêu "
        "dùng) và <strong>Alibaba.com</strong> (bán sỉ cho doanh nghiệp).</p>"
        "<ul><li>Hồ sơ đăng ký, thẻ tín dụng quốc tế và xác minh danh tính trên Amazon.</li>"
        "<li>Gold Supplier, quy trình A&amp;V và huy hiệu Verified Supplier trên "
        "Alibaba.com.</li></ul>"
    ),
    "track": "cross_border",
    "platforms": ["amazon", "alibaba"],
    "audience": "business",
    "officials_only": False,
    "level": "intermediate",
    "estimated_minutes": 90,
    "outcomes": [
        "Chọn kênh xuất khẩu trực tuyến phù hợp với mô hình kinh doanh",
        "Chuẩn bị giấy tờ và phương thức thanh toán để đăng ký Amazon",
        "Hiểu xác minh danh tính (SIV) và xác minh lại hằng năm theo INFORM Act",
        "Đi qua quy trình A&V để trở thành Gold Supplier trên Alibaba.com",
    ],
    "prerequisites": ["thuong-mai-dien-tu-co-ban"],
    "pass_mark": 70,
    "lessons": [
        {
            "slug": "chon-kenh-xuat-khau",
            "title": "Bán lẻ hay bán sỉ: chọn kênh xuất khẩu",
            "title_en": "Retail or wholesale: choosing an export channel",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p><strong>Amazon Global Selling</strong> đưa sản phẩm của bạn đến người "
                    "tiêu dùng ở nước ngoài. Bạn cạnh tranh bằng trang sản phẩm, đánh giá của "
                    "khách và khả năng giao hàng đều đặn.</p>"
                    "<p><strong>Alibaba.com</strong> là sàn bán sỉ (B2B): người mua là doanh "
                    "nghiệp tìm nhà cung cấp. Họ quan tâm đến năng lực sản xuất, số lượng đặt "
                    "tối thiểu, chứng nhận chất lượng và sự ổn định.</p>"
                    "<p>Luật Thương mại điện tử 2025 có các quy định về thương mại điện tử "
                    "xuyên biên giới; hãy theo dõi văn bản hướng dẫn khi được ban hành.</p>"
                ),
                _checklist(
                    "Bạn đã sẵn sàng xuất khẩu trực tuyến chưa?",
                    [
                        "Có người viết và trả lời khách bằng tiếng Anh",
                        "Có nhãn hiệu, hoặc đã tìm hiểu thủ tục đăng ký nhãn hiệu",
                        "Năng lực sản xuất đủ cho đơn hàng lặp lại",
                        "Có thẻ tín dụng quốc tế và tài khoản ngân hàng nhận ngoại tệ",
                    ],
                ),
                _callout(
                    "tip",
                    "Bắt đầu nhỏ",
                    "Chọn một thị trường và vài sản phẩm chủ lực để thử trước. Sai sót về "
                    "giấy tờ ở quy mô nhỏ dễ sửa hơn nhiều so với khi đã có hàng trăm sản "
                    "phẩm.",
                ),
            ],
        },
        {
            "slug": "dang-ky-amazon",
            "title": "Đăng ký tài khoản Amazon Global Selling",
            "title_en": "Registering an Amazon Global Selling account",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Khi đăng ký, chọn địa điểm kinh doanh là <strong>Việt Nam</strong> và "
                    "loại hình là công ty hoặc cá nhân. Amazon đối chiếu thông tin giữa các giấy "
                    "tờ, vì vậy hãy tuân thủ ba nguyên tắc:</p>"
                    "<ul><li>tên pháp lý ghi <strong>đúng từng ký tự</strong> như trên giấy "
                    "chứng nhận đăng ký;</li>"
                    "<li>giấy tờ tùy thân ưu tiên hộ chiếu, nếu không có thì căn cước công dân "
                    "hoặc giấy phép lái xe, và tên trên mọi giấy tờ phải trùng nhau;</li>"
                    "<li>dùng <strong>thẻ tín dụng quốc tế</strong> (Visa, Mastercard, Amex, "
                    "JCB…); Amazon trừ thử 1 USD để xác minh thẻ.</li></ul>"
                    "<p>Bạn cũng cần một tài khoản ngân hàng để nhận tiền bán hàng.</p>"
                ),
                _checklist(
                    "Chuẩn bị trước khi đăng ký",
                    [
                        "Giấy chứng nhận đăng ký doanh nghiệp (bản scan rõ nét)",
                        "Hộ chiếu còn hạn của người đại diện",
                        "Thẻ tín dụng quốc tế đứng tên phù hợp",
                        "Tài khoản ngân hàng nhận tiền",
                        "Số điện thoại và địa chỉ khớp với giấy tờ",
                    ],
                ),
                _step(
                    "amazon-global-selling:prepare-documents",
                    "Bắt đầu hành trình Amazon Global Selling",
                ),
            ],
        },
        {
            "slug": "xac-minh-va-thuong-hieu-amazon",
            "title": "Xác minh danh tính, INFORM Act và Brand Registry",
            "title_en": "Identity verification, the INFORM Act and Brand Registry",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Sau khi đăng ký, Amazon yêu cầu <strong>Seller Identity "
                    "Verification</strong> (SIV) để xác minh danh tính người bán. Hãy dùng "
                    "đúng giấy tờ đã khai ở bước đăng ký.</p>"
                    "<p>Theo Đạo luật INFORM của Hoa Kỳ, người bán phải <strong>xác minh lại "
                    "hằng năm</strong> thông tin ngân hàng, danh tính, địa chỉ, số điện thoại "
                    "và mã số thuế. Đặt lịch nhắc để tài khoản không bị gián đoạn.</p>"
                ),
                _callout(
                    "tip",
                    "Brand Registry cần nhãn hiệu",
                    "Amazon Brand Registry giúp bảo vệ thương hiệu khỏi người bán khác, nhưng "
                    "yêu cầu có nhãn hiệu. Nếu định xây thương hiệu riêng, hãy tính thời gian "
                    "đăng ký nhãn hiệu vào kế hoạch.",
                ),
                _checklist(
                    "Trước khi xác minh và mỗi lần xác minh lại",
                    [
                        "Dùng đúng giấy tờ tùy thân đã khai khi đăng ký (ưu tiên hộ chiếu)",
                        "Tên trên giấy tờ, thẻ tín dụng và tài khoản ngân hàng trùng nhau",
                        "Địa chỉ và số điện thoại trong Seller Central còn đúng",
                        "Lịch nhắc xác minh lại hằng năm đã được đặt",
                    ],
                ),
                _step(
                    "amazon-global-selling:identity-verification",
                    "Ghi nhận bước xác minh danh tính (SIV)",
                ),
            ],
        },
        {
            "slug": "nha-cung-cap-alibaba",
            "title": "Trở thành nhà cung cấp trên Alibaba.com",
            "title_en": "Becoming a supplier on Alibaba.com",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Alibaba.com cho đăng sản phẩm miễn phí, nhưng lượt xem chủ yếu dành "
                    "cho <strong>Gold Supplier</strong> trả phí, và Gold Supplier phải là công "
                    "ty đã đăng ký.</p>"
                    "<p>Để lên Gold Supplier, công ty đi qua quy trình <strong>A&amp;V</strong>:"
                    "</p>"
                    "<ul><li><em>Authentication</em>: đối chiếu thông tin công ty với cơ quan "
                    "đăng ký kinh doanh hoặc cơ quan thuế;</li>"
                    "<li><em>Verification</em>: xác nhận người liên hệ là nhân viên được công "
                    "ty ủy quyền.</li></ul>"
                    "<p>A&amp;V thường mất 1–2 tuần; gói thành viên được kích hoạt trong vòng "
                    "24 giờ sau khi A&amp;V hoàn tất.</p>"
                ),
                _text(
                    "<p>Huy hiệu <strong>Verified Supplier</strong> được cấp sau khi một tổ "
                    "chức kiểm định như SGS, Intertek hoặc TÜV đánh giá tại cơ sở sản xuất. "
                    "Huy hiệu này giúp người mua tin tưởng hơn vào năng lực của bạn.</p>"
                ),
                _callout(
                    "warning",
                    "Phí thành viên",
                    "Khóa học không nêu phí thành viên Gold Supplier vì cổng chưa có nguồn "
                    "xác nhận. Hỏi trực tiếp Alibaba.com và đọc kỹ hợp đồng trước khi thanh "
                    "toán.",
                ),
                _step(
                    "alibaba-supplier:authentication-verification",
                    "Ghi nhận bước xác thực và thẩm định (A&V)",
                ),
            ],
        },
        {
            "slug": "kiem-tra-xuat-khau",
            "title": "Tổng kết và bài kiểm tra",
            "title_en": "Summary and quiz",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Amazon và Alibaba.com đều kiểm tra rất kỹ danh tính và giấy tờ. Thông tin "
                    "không khớp giữa các giấy tờ dễ khiến hồ sơ phải sửa đi sửa lại, nên hãy rà "
                    "soát một lần trước khi đăng ký.</p>"
                    "<p>Khi đã có tài khoản, hãy coi việc duy trì xác minh là công việc định kỳ "
                    "như kê khai thuế, không phải việc làm một lần.</p>"
                ),
                _checklist(
                    "Những điều cần nhớ",
                    [
                        "Tên pháp lý trên Amazon khớp từng ký tự với giấy chứng nhận đăng ký",
                        "Hộ chiếu là giấy tờ tùy thân được ưu tiên trên Amazon",
                        "Xác minh lại thông tin Amazon mỗi năm theo INFORM Act",
                        "Gold Supplier trên Alibaba.com phải là công ty đã đăng ký",
                        "A&V mất khoảng 1–2 tuần; lên kế hoạch trước",
                    ],
                ),
                _quiz(
                    "Bài kiểm tra cuối khóa",
                    [
                        _q(
                            "Amazon trừ thử bao nhiêu để xác minh thẻ tín dụng quốc tế?",
                            [("1 USD", True), ("10 USD", False), ("Không trừ tiền", False)],
                            "Amazon trừ thử 1 USD để xác minh thẻ.",
                        ),
                        _q(
                            "Theo INFORM Act, người bán phải xác minh lại những thông tin nào "
                            "hằng năm?",
                            [
                                ("Ngân hàng", True),
                                ("Danh tính", True),
                                ("Địa chỉ và số điện thoại", True),
                                ("Danh sách nhân viên kho", False),
                            ],
                            "Ngân hàng, danh tính, địa chỉ, số điện thoại và mã số thuế được "
                            "xác minh lại hằng năm.",
                        ),
                        _q(
                            "Trong quy trình A&V của Alibaba.com, “Verification” kiểm tra điều gì?",
                            [
                                ("Người liên hệ là nhân viên được công ty ủy quyền", True),
                                ("Sản phẩm đạt tiêu chuẩn châu Âu", False),
                                ("Công ty đã bán trên Amazon", False),
                            ],
                            "Authentication đối chiếu công ty với cơ quan đăng ký hoặc thuế; "
                            "Verification xác nhận người liên hệ được ủy quyền.",
                        ),
                        _q(
                            "Huy hiệu Verified Supplier được cấp sau bước nào?",
                            [
                                ("Đánh giá tại cơ sở bởi SGS, Intertek hoặc TÜV", True),
                                ("Đăng đủ 50 sản phẩm", False),
                                ("Có đơn hàng đầu tiên", False),
                            ],
                            "Verified Supplier cần một cuộc đánh giá tại cơ sở của tổ chức "
                            "kiểm định.",
                        ),
                        _q(
                            "Amazon Brand Registry yêu cầu điều gì?",
                            [
                                ("Có nhãn hiệu", True),
                                ("Có gian hàng Shopee Mall", False),
                                ("Có website đã thông báo", False),
                            ],
                            "Brand Registry dành cho chủ nhãn hiệu.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

# =====================================================================================
# 5. Đưa sản phẩm OCOP lên sàn (HCM section, ocop)
# =====================================================================================
COURSE_OCOP = {
    "slug": "dua-san-pham-ocop-len-san",
    "section": HO_CHI_MINH,
    "title": "Đưa sản phẩm OCOP lên sàn thương mại điện tử",
    "title_en": "Bringing OCOP products online",
    "summary": (
        "Hiểu bộ tiêu chí OCOP, chuẩn bị hồ sơ và chứng nhận, rồi giới thiệu sản phẩm OCOP "
        "trên Voso, Postmart và các sàn khác."
    ),
    "summary_en": (
        "Understand the OCOP criteria, prepare the dossier and certificate, then present "
        "OCOP products on Voso, Postmart and other marketplaces."
    ),
    "description_html": (
        "<p>Chương trình Mỗi xã một sản phẩm (OCOP) giúp sản phẩm địa phương có chứng nhận "
        "chất lượng và câu chuyện riêng. Khóa học hướng dẫn hợp tác xã, hộ sản xuất và doanh "
        "nghiệp nhỏ tại Thành phố Hồ Chí Minh đưa sản phẩm OCOP lên sàn thương mại điện "
        "tử.</p>"
        "<ul><li>Sáu nhóm sản phẩm, thang điểm và hạng sao theo Quyết định 148/QĐ-TTg.</li>"
        "<li>Hồ sơ, giấy chứng nhận và truy xuất nguồn gốc.</li>"
        "<li>Trình bày sản phẩm OCOP trên Voso, Postmart và các sàn.</li></ul>"
    ),
    "track": "ocop",
    "platforms": ["voso", "postmart"],
    "audience": "business",
    "officials_only": False,
    "level": "beginner",
    "estimated_minutes": 80,
    "outcomes": [
        "Xác định nhóm sản phẩm OCOP và các phần chấm điểm",
        "Hiểu hạng sao và thời hạn 36 tháng của giấy chứng nhận",
        "Chuẩn bị hồ sơ sản phẩm và truy xuất nguồn gốc",
        "Trình bày sản phẩm OCOP hấp dẫn, đúng quy định trên sàn",
    ],
    "prerequisites": [],
    "pass_mark": 70,
    "lessons": [
        {
            "slug": "ocop-la-gi",
            "title": "OCOP là gì và áp dụng cho sản phẩm nào",
            "title_en": "What OCOP is and which products it covers",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>OCOP (Mỗi xã một sản phẩm) là chương trình đánh giá, phân hạng sản "
                    "phẩm đặc trưng của địa phương. Căn cứ hiện hành là <strong>Quyết định "
                    "148/QĐ-TTg ngày 24/02/2023</strong> về bộ tiêu chí và quy trình đánh giá, "
                    "phân hạng sản phẩm OCOP. Quyết định này thay thế Quyết định 1048/QĐ-TTg "
                    "năm 2019 (đã được sửa đổi bởi Quyết định 781/QĐ-TTg năm 2020).</p>"
                ),
                _heading("Sáu nhóm sản phẩm"),
                _text(
                    "<ol><li>Thực phẩm.</li><li>Đồ uống.</li>"
                    "<li>Dược liệu và sản phẩm từ dược liệu.</li>"
                    "<li>Thủ công mỹ nghệ.</li><li>Sinh vật cảnh.</li>"
                    "<li>Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch.</li>"
                    "</ol>"
                    "<p>Chủ thể tham gia có thể là doanh nghiệp, hợp tác xã, tổ hợp tác hoặc hộ "
                    "sản xuất.</p>"
                ),
                _callout(
                    "legal",
                    "Căn cứ của chương trình OCOP",
                    "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP hiện hành.",
                    LB_OCOP,
                ),
            ],
        },
        {
            "slug": "cham-diem-va-hang-sao",
            "title": "Chấm điểm và hạng sao",
            "title_en": "Scoring and star ratings",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>Theo Quyết định 148, sản phẩm được chấm trên thang 100 điểm, chia ba "
                    "phần:</p>"
                    "<ul><li><strong>Phần A</strong> – sản phẩm và sức mạnh cộng đồng: 40 "
                    "điểm;</li>"
                    "<li><strong>Phần B</strong> – khả năng tiếp thị và câu chuyện sản phẩm: "
                    "25 điểm;</li>"
                    "<li><strong>Phần C</strong> – chất lượng, tiêu chuẩn và khả năng xuất "
                    "khẩu: 35 điểm.</li></ul>"
                    "<p>(Theo Quyết định 1048 trước đây, tỷ lệ là 35/25/40.)</p>"
                ),
                _text(
                    "<ul><li><strong>5 sao</strong>: 90–100 điểm, cấp quốc gia, có thể xuất "
                    "khẩu, do Hội đồng trung ương đánh giá;</li>"
                    "<li><strong>4 sao</strong>: 70–89 điểm, cấp tỉnh;</li>"
                    "<li><strong>3 sao</strong>: 50–69 điểm, cấp tỉnh.</li></ul>"
                    "<p>Giấy chứng nhận OCOP có hiệu lực <strong>36 tháng</strong>; sau đó "
                    "sản phẩm được đánh giá lại để gia hạn hoặc nâng hạng.</p>"
                ),
                _unverified(
                    "Hạng 1–2 sao",
                    "hạng 1 và 2 sao có trong Quyết định 1048; việc Quyết định 148 chỉ công "
                    "nhận từ 3 đến 5 sao chưa được xác nhận. Kiểm tra lại văn bản tại nguồn "
                    "chính thức.",
                ),
                _callout(
                    "tip",
                    "Câu chuyện sản phẩm có điểm",
                    "Phần B chiếm 25 điểm, trong đó có câu chuyện sản phẩm. Câu chuyện bạn "
                    "viết cho hồ sơ OCOP cũng dùng được ngay cho trang sản phẩm trên sàn.",
                ),
            ],
        },
        {
            "slug": "ho-so-ocop",
            "title": "Hồ sơ OCOP và truy xuất nguồn gốc",
            "title_en": "OCOP dossiers and traceability",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Danh mục dưới đây được tổng hợp từ hướng dẫn theo Quyết định 1048; "
                    "hãy đối chiếu với hướng dẫn hiện hành của địa phương trước khi nộp.</p>"
                ),
                _checklist(
                    "Hồ sơ bắt buộc",
                    [
                        "Phiếu đăng ký sản phẩm hoặc ý tưởng sản phẩm",
                        "Phương án kinh doanh",
                        "Bản mô tả về tổ chức sản xuất",
                        "Bản sao đăng ký kinh doanh",
                        "5 mẫu sản phẩm",
                    ],
                ),
                _checklist(
                    "Tài liệu bổ trợ giúp tăng điểm",
                    [
                        "Giấy chứng nhận đủ điều kiện sản xuất, an toàn thực phẩm",
                        "Công bố chất lượng, tiêu chuẩn áp dụng và phiếu kiểm nghiệm",
                        "Mã vạch và tem hoặc mã QR truy xuất nguồn gốc",
                        "Nhãn hiệu, chỉ dẫn địa lý hoặc quyền sở hữu trí tuệ khác",
                        "Nguồn gốc nguyên liệu và liên kết chuỗi giá trị",
                        "Câu chuyện sản phẩm, giải thưởng, tài liệu tiếp thị",
                    ],
                ),
                _unverified(
                    "Quy trình sau khi bỏ cấp huyện",
                    "từ 01/07/2025 không còn cấp huyện, nên bước đánh giá của hội đồng cấp "
                    "huyện trước đây không còn. Việc bước này được giao lại cho cấp nào chưa "
                    "được xác nhận; hỏi UBND xã, phường hoặc Sở phụ trách chương trình OCOP.",
                ),
            ],
        },
        {
            "slug": "dua-ocop-len-san",
            "title": "Trình bày sản phẩm OCOP trên sàn",
            "title_en": "Presenting OCOP products on marketplaces",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Theo kế hoạch năm 2022 của Bộ Thông tin và Truyền thông, các sàn "
                    "<strong>Voso</strong> (Viettel Post) và <strong>Postmart</strong> (Bưu "
                    "điện Việt Nam) được dùng để đưa nông hộ lên mạng, với mục tiêu 10 triệu "
                    "tài khoản nông hộ và đưa toàn bộ sản phẩm OCOP từ 3 sao trở lên lên các "
                    "sàn này. Đến tháng 2/2022 đã có 5,2 triệu hộ đăng ký.</p>"
                    "<p>Tại Thành phố Hồ Chí Minh, Kế hoạch 2363/KH-UBND ngày 15/05/2024 của "
                    "tỉnh Bình Dương cũ (nay thuộc Thành phố Hồ Chí Minh) cũng đặt nhiệm vụ "
                    "đưa sản phẩm OCOP lên sàn thương mại điện tử.</p>"
                ),
                _heading("Trang sản phẩm OCOP cần có"),
                _checklist(
                    "Thông tin nên hiển thị",
                    [
                        "Hạng sao OCOP, số và ngày quyết định công nhận",
                        "Thời hạn giấy chứng nhận (36 tháng kể từ ngày công nhận)",
                        "Mã QR truy xuất nguồn gốc còn hoạt động",
                        "Chủ thể sản xuất và địa phương",
                        "Câu chuyện sản phẩm và ảnh thật tại nơi sản xuất",
                    ],
                ),
                _unverified(
                    "Các bước đăng ký trên Voso và Postmart",
                    "cổng chưa có nguồn mô tả các bước và giấy tờ đăng ký người bán trên Voso "
                    "và Postmart. Kiểm tra lại trên trang dành cho người bán của từng sàn hoặc "
                    "hỏi bưu cục gần nhất.",
                ),
                _step("voso-store:product-documents", "Chuẩn bị giấy tờ sản phẩm cho Voso"),
                _step("postmart-store:product-documents", "Chuẩn bị giấy tờ sản phẩm cho Postmart"),
            ],
        },
        {
            "slug": "kiem-tra-ocop",
            "title": "Bài kiểm tra OCOP",
            "title_en": "OCOP quiz",
            "estimated_minutes": 10,
            "body": [
                _text(
                    "<p>Trước khi làm bài, hãy xem lại thang điểm ba phần, ngưỡng điểm của "
                    "từng hạng sao và thời hạn giấy chứng nhận.</p>"
                ),
                _callout(
                    "tip",
                    "Đừng để chứng nhận hết hạn",
                    "Đặt lịch nhắc đánh giá lại trước khi giấy chứng nhận OCOP hết 36 tháng, "
                    "và cập nhật trang sản phẩm trên mọi sàn ngay khi hạng sao thay đổi.",
                ),
                _quiz(
                    "Bài kiểm tra cuối khóa",
                    [
                        _q(
                            "Sản phẩm đạt 75 điểm được xếp hạng mấy sao?",
                            [("3 sao", False), ("4 sao", True), ("5 sao", False)],
                            "4 sao tương ứng 70–89 điểm.",
                        ),
                        _q(
                            "Giấy chứng nhận OCOP có hiệu lực bao lâu?",
                            [("12 tháng", False), ("36 tháng", True), ("60 tháng", False)],
                            "Giấy chứng nhận có hiệu lực 36 tháng, sau đó gia hạn hoặc nâng hạng.",
                        ),
                        _q(
                            "Những nhóm nào thuộc sáu nhóm sản phẩm OCOP?",
                            [
                                ("Thủ công mỹ nghệ", True),
                                ("Sinh vật cảnh", True),
                                ("Dịch vụ du lịch cộng đồng", True),
                                ("Điện thoại di động", False),
                            ],
                            "Sáu nhóm: thực phẩm, đồ uống, dược liệu, thủ công mỹ nghệ, sinh "
                            "vật cảnh, dịch vụ du lịch cộng đồng và điểm du lịch.",
                        ),
                        _q(
                            "Theo Quyết định 148, phần nào chấm khả năng tiếp thị và câu "
                            "chuyện sản phẩm?",
                            [
                                ("Phần A, 40 điểm", False),
                                ("Phần B, 25 điểm", True),
                                ("Phần C, 35 điểm", False),
                            ],
                            "Phần B (25 điểm) dành cho tiếp thị và câu chuyện sản phẩm.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

# =====================================================================================
# 6. Quản lý nhà nước về TMĐT (national, state_management, officials only)
# =====================================================================================
COURSE_STATE = {
    "slug": "quan-ly-nha-nuoc-thuong-mai-dien-tu",
    "section": "national",
    "title": "Quản lý nhà nước về thương mại điện tử: xét duyệt, kiểm tra và xử phạt",
    "title_en": "State management of e-commerce: review, inspection and sanctions",
    "summary": (
        "Dành cho cán bộ: khung pháp lý, xét duyệt hồ sơ thông báo website đã phân cấp về "
        "tỉnh, kiểm tra, thu thập chứng cứ và xử phạt vi phạm."
    ),
    "summary_en": (
        "For officials: the legal framework, reviewing website notifications now handled by "
        "the provinces, inspection, evidence and sanctions."
    ),
    "description_html": (
        "<p>Khóa học dành riêng cho cán bộ quản lý nhà nước đã được duyệt tài khoản: Sở Công "
        "Thương, lực lượng quản lý thị trường và các đơn vị phối hợp. Từ 01/07/2025, UBND "
        "cấp tỉnh tiếp nhận thông báo website và ứng dụng bán hàng, nên cán bộ địa phương "
        "cần nắm chắc quy trình xét duyệt.</p>"
        "<ul><li>Nghị định 52/2013 → 85/2021 → 146/2025 và Luật 122/2025.</li>"
        "<li>Quy trình xét duyệt và thời hạn.</li>"
        "<li>Phát hiện vi phạm, chứng cứ và mức phạt.</li></ul>"
    ),
    "track": "state_management",
    "platforms": [],
    "audience": "official",
    "officials_only": True,
    "level": "advanced",
    "estimated_minutes": 110,
    "outcomes": [
        "Trình bày khung pháp lý hiện hành và các điểm chưa chắc chắn",
        "Xét duyệt hồ sơ thông báo website đúng thời hạn 3 ngày làm việc",
        "Đối chiếu dữ liệu đăng ký kinh doanh và mã số thuế",
        "Thu thập chứng cứ và phối hợp với quản lý thị trường",
        "Áp dụng đúng khung phạt theo Nghị định 98/2020/NĐ-CP",
    ],
    "prerequisites": [],
    "pass_mark": 80,
    "lessons": [
        {
            "slug": "khung-phap-ly",
            "title": "Khung pháp lý: từ Nghị định 52 đến Luật 122/2025",
            "title_en": "Legal framework: from Decree 52 to Law 122/2025",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<ul><li><strong>Nghị định 52/2013/NĐ-CP</strong> về thương mại điện tử, "
                    "được sửa đổi bởi Nghị định 08/2018/NĐ-CP và Nghị định 85/2021/NĐ-CP, là "
                    "nền tảng của thủ tục thông báo và đăng ký.</li>"
                    "<li><strong>Thông tư 47/2014/TT-BCT</strong> (website) và "
                    "<strong>59/2015/TT-BCT</strong> (ứng dụng), cùng được sửa đổi bởi Thông "
                    "tư 01/2022/TT-BCT có hiệu lực từ 08/03/2022.</li>"
                    "<li><strong>Nghị định 146/2025/NĐ-CP</strong>: từ 01/07/2025 đến "
                    "28/02/2027, UBND cấp tỉnh tiếp nhận thông báo website bán hàng, thông báo "
                    "ứng dụng bán hàng và đăng ký hoạt động đánh giá tín nhiệm website. Đăng ký "
                    "website cung cấp dịch vụ vẫn do Bộ Công Thương (Cục Thương mại điện tử và "
                    "Kinh tế số) xử lý.</li>"
                    "<li><strong>Luật Thương mại điện tử 122/2025/QH15</strong>, thông qua "
                    "10/12/2025, hiệu lực 01/07/2026: 7 chương, 41 điều; 4 loại nền tảng; "
                    "định danh người bán qua VNeID; trách nhiệm khi livestream bán hàng; "
                    "thương mại điện tử xuyên biên giới.</li></ul>"
                ),
                _callout(
                    "legal",
                    "Phân cấp cho địa phương",
                    "UBND cấp tỉnh tiếp nhận và xét duyệt thông báo website, ứng dụng bán "
                    "hàng trong thời gian áp dụng phân cấp.",
                    LB_DECREE_146,
                ),
                _callout(
                    "legal",
                    "Luật Thương mại điện tử",
                    "Luật có hiệu lực từ 01/07/2026, bao gồm định danh người bán, các loại "
                    "nền tảng và thương mại điện tử xuyên biên giới.",
                    LB_LAW_122,
                ),
                _unverified(
                    "Nghị định hướng dẫn Luật 122/2025",
                    "cổng chưa tìm thấy nghị định hướng dẫn Luật 122/2025/QH15, và chưa rõ "
                    "thủ tục thông báo, đăng ký có còn giữ nguyên sau 01/07/2026 hay không. Mọi "
                    "căn cứ pháp lý trên cổng được lưu kèm ngày hiệu lực để cập nhật; đề nghị "
                    "bộ phận pháp chế rà soát trước khi áp dụng.",
                ),
            ],
        },
        {
            "slug": "xet-duyet-thong-bao",
            "title": "Quy trình xét duyệt hồ sơ thông báo website",
            "title_en": "Reviewing website notification dossiers",
            "estimated_minutes": 25,
            "body": [
                _text(
                    "<p>Luồng xử lý trên online.gov.vn gồm: đăng ký tài khoản → khai báo hồ sơ "
                    "→ xét duyệt hồ sơ điện tử. Thông báo kết thúc khi hồ sơ điện tử được xác "
                    "nhận; đăng ký website dịch vụ có thêm bước thẩm định hồ sơ giấy và xác "
                    "nhận.</p>"
                    "<ul><li>Cấp tài khoản: trả lời trong <strong>3 ngày làm việc</strong> "
                    "(cấp, từ chối, hoặc yêu cầu bổ sung), qua email.</li>"
                    "<li>Xét duyệt thông báo: <strong>3 ngày làm việc</strong>; kết quả là xác "
                    "nhận, yêu cầu bổ sung, hoặc yêu cầu khai báo lại.</li>"
                    "<li>Thay đổi, chấm dứt: 3 ngày làm việc; doanh nghiệp phải báo thay đổi "
                    "trong 7 ngày.</li></ul>"
                ),
                _checklist(
                    "Khi xét duyệt một hồ sơ thông báo",
                    [
                        "Ảnh chụp giao diện thể hiện đủ thông tin theo Điều 28 Nghị định 52",
                        "Chân trang chủ có tên, địa chỉ, mã số thuế, liên hệ khớp với hồ sơ",
                        "Số, ngày, nơi cấp đăng ký kinh doanh khớp với cơ sở dữ liệu đăng ký",
                        "Mã số thuế đúng định dạng và được xác nhận qua cơ quan thuế",
                        "Tên miền đang hoạt động và trùng với tên miền đã khai",
                        "Thông tin người đại diện và người chịu trách nhiệm về website đầy đủ",
                    ],
                ),
                _text(
                    "<p><strong>Mã số thuế:</strong> doanh nghiệp có 10 chữ số, chữ số cuối "
                    "là số kiểm tra; chi nhánh có 13 chữ số (10 chữ số của đơn vị chủ quản và "
                    "3 chữ số thứ tự, không được là 000); từ 01/07/2025 cá nhân và hộ kinh "
                    "doanh dùng số định danh cá nhân 12 chữ số, không có số kiểm tra kiểu này. "
                    "Một mã đúng định dạng không chứng minh doanh nghiệp tồn tại; chỉ cơ sở "
                    "dữ liệu thuế mới xác nhận được.</p>"
                    "<p>Khi yêu cầu bổ sung, ghi rõ nội dung cần sửa và sửa ở đâu: trên trang "
                    "chủ website hay trong dữ liệu hồ sơ. Trạng thái hiển thị cho doanh nghiệp "
                    "là “Website cần bổ sung thông tin”.</p>"
                ),
                _unverified(
                    "Đơn vị trực tiếp xét duyệt",
                    "UBND cấp tỉnh thực hiện việc xét duyệt thông qua Sở Công Thương. Kiểm tra "
                    "văn bản giao nhiệm vụ của tỉnh bạn.",
                ),
            ],
        },
        {
            "slug": "co-so-du-lieu-va-kiem-tra",
            "title": "Cơ sở dữ liệu, phát hiện vi phạm và thu thập chứng cứ",
            "title_en": "Databases, detecting violations and gathering evidence",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Cơ sở dữ liệu các website đã thông báo, đăng ký là công cụ chính của "
                    "cán bộ: tra cứu, xuất danh sách, theo dõi thay đổi và chấm dứt, đối chiếu "
                    "với cơ sở dữ liệu đăng ký doanh nghiệp và thuế.</p>"
                    "<p>Công tác kiểm tra tập trung vào website, người bán và phiên livestream "
                    "chưa thông báo hoặc công bố thông tin sai. Phối hợp với lực lượng quản lý "
                    "thị trường (QLTT) và Ban Chỉ đạo 389 cấp tỉnh khi phát hiện dấu hiệu buôn "
                    "lậu, hàng giả hoặc gian lận thương mại.</p>"
                ),
                _unverified(
                    "Các trường dữ liệu",
                    "các trường dữ liệu và chức năng xuất dữ liệu cụ thể của hệ thống quản lý "
                    "trên online.gov.vn. Kiểm tra lại với đơn vị vận hành hệ thống.",
                ),
                _checklist(
                    "Khi ghi nhận một website có dấu hiệu vi phạm",
                    [
                        "Chụp toàn trang, thấy rõ địa chỉ (URL), ngày và giờ",
                        "Lưu lại trang sản phẩm, giá và thông tin người bán",
                        "Tra cứu website trong cơ sở dữ liệu đã thông báo, đăng ký",
                        "Đối chiếu tên, mã số thuế với dữ liệu đăng ký doanh nghiệp",
                        "Ghi lại người thực hiện và chuyển hồ sơ cho đơn vị có thẩm quyền",
                    ],
                ),
                _callout(
                    "tip",
                    "Dữ liệu trước sáp nhập",
                    "Báo cáo và hồ sơ trước 01/07/2025 có thể ghi tên tỉnh cũ, ví dụ Bình "
                    "Dương. Khi tổng hợp, quy về đơn vị hành chính mới (Thành phố Hồ Chí Minh) "
                    "nhưng giữ tên cũ trong ghi chú để tra lại được.",
                ),
            ],
        },
        {
            "slug": "xu-phat-vi-pham",
            "title": "Xử phạt vi phạm hành chính trong thương mại điện tử",
            "title_en": "Administrative penalties in e-commerce",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Các mức phạt chính theo Nghị định 98/2020/NĐ-CP (có hiệu lực từ "
                    "15/10/2020):</p>"
                    "<ul><li><strong>1–5 triệu đồng:</strong> website, ứng dụng bán hàng không "
                    "công bố đầy đủ, chính xác thông tin về chủ sở hữu, hàng hóa, giá, vận "
                    "chuyển, điều khoản hoặc thanh toán; tiếp nhận website bán hàng mà không "
                    "làm thủ tục chuyển nhượng hoặc thông báo lại.</li>"
                    "<li><strong>5–10 triệu đồng:</strong> khai thiếu hoặc sai khi thông báo; "
                    "không thông báo thay đổi; thông tin hiển thị khác thông tin đã đăng ký; "
                    "gắn biểu tượng “Đã thông báo” trước khi được xác nhận.</li>"
                    "<li><strong>10–20 triệu đồng:</strong> vận hành website bán hàng mà không "
                    "thông báo; không thông báo thay đổi của website cung cấp dịch vụ đã đăng "
                    "ký.</li>"
                    "<li><strong>20–30 triệu đồng:</strong> vận hành website hoặc nền tảng "
                    "cung cấp dịch vụ khi chưa được xác nhận đăng ký; tiếp nhận mà không làm "
                    "thủ tục chuyển nhượng.</li></ul>"
                ),
                _callout(
                    "legal",
                    "Căn cứ xử phạt",
                    "Các hành vi vi phạm về thương mại điện tử được quy định tại nhóm điều "
                    "khoản về thương mại điện tử của Nghị định 98/2020/NĐ-CP.",
                    LB_DECREE_98,
                ),
                _unverified(
                    "Mức phạt với tổ chức và sửa đổi sau này",
                    "việc mức phạt với tổ chức được nhân đôi so với cá nhân, và việc các mức "
                    "phạt trên đã được nghị định sau sửa đổi hoặc thay thế (nhất là từ khi "
                    "Luật 122/2025 có hiệu lực). Kiểm tra văn bản hiện hành tại nguồn chính "
                    "thức trước khi lập biên bản.",
                ),
            ],
        },
        {
            "slug": "chuong-trinh-va-bao-cao",
            "title": "Chương trình hỗ trợ, báo cáo và bài kiểm tra",
            "title_en": "Support programmes, reporting and quiz",
            "estimated_minutes": 25,
            "body": [
                _text(
                    "<p>Quản lý nhà nước không chỉ là xử phạt. Các chương trình đang triển "
                    "khai:</p>"
                    "<ul><li>Cục Thương mại điện tử và Kinh tế số phối hợp với trường đào tạo "
                    "cán bộ của Bộ Công Thương và Hiệp hội Thương mại điện tử Việt Nam "
                    "(VECOM) tổ chức tập huấn nâng cao năng lực cho cán bộ quản lý nhà nước và "
                    "xử lý vi phạm; hơn 1.200 cán bộ tại 8 tỉnh đã tham dự, gồm VNNIC, Sở Công "
                    "Thương, QLTT và Ban Chỉ đạo 389.</li>"
                    "<li>Kế hoạch 2363/KH-UBND ngày 15/05/2024 của tỉnh Bình Dương (nay thuộc "
                    "Thành phố Hồ Chí Minh) có 14 nhiệm vụ trọng tâm và 20 nhiệm vụ cụ thể, "
                    "gồm kiểm tra chuyên ngành và xử lý vi phạm hành chính, chương trình "
                    "Online Friday, thương mại điện tử xuyên biên giới và đưa sản phẩm OCOP "
                    "lên sàn.</li>"
                    "<li>Quyết định 645/QĐ-TTg ngày 15/05/2020 phê duyệt Kế hoạch tổng thể "
                    "phát triển thương mại điện tử quốc gia giai đoạn 2021–2025.</li></ul>"
                ),
                _callout(
                    "tip",
                    "Hỗ trợ song song với kiểm tra",
                    "Khi phát hiện website chưa thông báo, hãy giới thiệu doanh nghiệp khóa "
                    "học và hành trình “Thông báo website bán hàng” trên cổng này, bên cạnh việc "
                    "xử lý vi phạm theo quy định.",
                ),
                _quiz(
                    "Bài kiểm tra cuối khóa",
                    [
                        _q(
                            "Theo Nghị định 146/2025/NĐ-CP, việc nào được phân cấp cho UBND "
                            "cấp tỉnh?",
                            [
                                ("Thông báo website bán hàng", True),
                                ("Thông báo ứng dụng bán hàng", True),
                                ("Đăng ký website cung cấp dịch vụ TMĐT", False),
                                ("Đăng ký hoạt động đánh giá tín nhiệm website", True),
                            ],
                            "Ba việc được phân cấp; đăng ký website cung cấp dịch vụ vẫn do Bộ "
                            "Công Thương xử lý.",
                        ),
                        _q(
                            "Thời hạn xét duyệt một hồ sơ thông báo website là bao lâu?",
                            [
                                ("3 ngày làm việc", True),
                                ("7 ngày làm việc", False),
                                ("15 ngày làm việc", False),
                            ],
                            "Hồ sơ thông báo được xét duyệt trong 3 ngày làm việc.",
                        ),
                        _q(
                            "Mã số thuế 0100109106-000 có hợp lệ cho một chi nhánh không?",
                            [
                                ("Có, vì 10 chữ số đầu hợp lệ", False),
                                ("Không, vì số thứ tự 000 không hợp lệ", True),
                                ("Có, nếu doanh nghiệp tự khai", False),
                            ],
                            "Mã chi nhánh gồm 10 chữ số của đơn vị chủ quản và 3 chữ số thứ "
                            "tự khác 000.",
                        ),
                        _q(
                            "Website gắn biểu tượng “Đã thông báo” khi hồ sơ chưa được xác "
                            "nhận. Khung phạt theo Nghị định 98/2020/NĐ-CP là bao nhiêu?",
                            [
                                ("1–5 triệu đồng", False),
                                ("5–10 triệu đồng", True),
                                ("20–30 triệu đồng", False),
                            ],
                            "Gắn biểu tượng trước khi được xác nhận thuộc khung 5–10 triệu đồng.",
                        ),
                        _q(
                            "Một mã số thuế đúng định dạng chứng minh điều gì?",
                            [
                                ("Doanh nghiệp chắc chắn đang hoạt động", False),
                                ("Chỉ là mã đúng dạng; cần tra cơ sở dữ liệu thuế", True),
                                ("Doanh nghiệp đã thông báo website", False),
                            ],
                            "Định dạng đúng không chứng minh doanh nghiệp tồn tại; chỉ cơ quan "
                            "thuế xác nhận được.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

# =====================================================================================
# 7. Bán hàng trên Sendo, Voso và Postmart (Hà Nội section, platform)
# =====================================================================================
COURSE_SMALL_FLOORS = {
    "slug": "ban-hang-tren-sendo-voso-postmart",
    "section": HA_NOI,
    "title": "Bán hàng trên Sendo, Voso và Postmart",
    "title_en": "Selling on Sendo, Voso and Postmart",
    "summary": (
        "Hồ sơ SenMall trên Sendo và cách chuẩn bị mở gian hàng trên hai sàn của ngành bưu "
        "chính là Voso và Postmart."
    ),
    "summary_en": (
        "The SenMall dossier on Sendo and how to prepare a shop on the two postal "
        "marketplaces, Voso and Postmart."
    ),
    "description_html": (
        "<p>Khóa học của Thành phố Hà Nội cho doanh nghiệp, hợp tác xã và hộ kinh doanh muốn "
        "mở rộng sang Sendo, Voso và Postmart. Thông tin công khai về các sàn này còn ít; "
        "khóa học nói rõ điều gì đã được xác nhận và điều gì cần hỏi lại sàn.</p>"
        "<ul><li>Hồ sơ SenMall cho chủ thương hiệu, nhà nhập khẩu và nhà phân phối.</li>"
        "<li>Chuẩn bị mở gian hàng trên Voso và Postmart.</li></ul>"
    ),
    "track": "platform",
    "platforms": ["sendo", "voso", "postmart"],
    "audience": "business",
    "officials_only": False,
    "level": "beginner",
    "estimated_minutes": 50,
    "outcomes": [
        "Chuẩn bị hồ sơ SenMall theo vai trò của doanh nghiệp",
        "Biết những gì cần hỏi sàn khi hướng dẫn chưa đầy đủ",
        "Chuẩn bị giấy tờ sản phẩm cho Voso và Postmart",
    ],
    "prerequisites": [],
    "pass_mark": 70,
    "lessons": [
        {
            "slug": "sendo-va-senmall",
            "title": "Sendo và hồ sơ SenMall",
            "title_en": "Sendo and SenMall documents",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p>SenMall là khu gian hàng chính hãng của Sendo. Hồ sơ tùy theo vai "
                    "trò:</p>"
                    "<ul><li><strong>Chủ thương hiệu:</strong> giấy chứng nhận nhãn hiệu và "
                    "các giấy chứng nhận an toàn, hợp pháp theo ngành hàng.</li>"
                    "<li><strong>Nhà nhập khẩu:</strong> thêm giấy ủy quyền của chủ thương "
                    "hiệu, được hợp pháp hóa lãnh sự hoặc xác nhận bởi Bộ Ngoại giao.</li>"
                    "<li><strong>Nhà phân phối:</strong> thêm toàn bộ chuỗi ủy quyền từ chủ "
                    "thương hiệu đến bạn.</li></ul>"
                    "<p>Nộp bản chụp từ bản gốc, đủ tất cả các trang; giấy tờ nước ngoài phải "
                    "được dịch và công chứng. Sendo duyệt hồ sơ tối đa 1 ngày làm việc, không "
                    "tính thứ Bảy và Chủ nhật.</p>"
                ),
                _unverified(
                    "Gian hàng thường trên Sendo",
                    "cổng chưa có nguồn về giấy tờ mở gian hàng thường trên Sendo. Kiểm tra "
                    "lại trong trang hỗ trợ người bán của Sendo.",
                ),
                _step("sendo-store:senmall-documents", "Chuẩn bị hồ sơ SenMall"),
            ],
        },
        {
            "slug": "voso-va-postmart",
            "title": "Voso và Postmart: hai sàn của ngành bưu chính",
            "title_en": "Voso and Postmart: the two postal-sector marketplaces",
            "estimated_minutes": 15,
            "body": [
                _text(
                    "<p><strong>Voso</strong> thuộc Viettel Post, <strong>Postmart</strong> "
                    "thuộc Bưu điện Việt Nam (VNPost). Kế hoạch năm 2022 của Bộ Thông tin và "
                    "Truyền thông dùng hai sàn này để đưa nông hộ và sản phẩm OCOP từ 3 sao "
                    "trở lên lên mạng.</p>"
                ),
                _unverified(
                    "Các bước đăng ký",
                    "cổng chưa có nguồn mô tả các bước và giấy tờ đăng ký người bán trên Voso "
                    "và Postmart. Hành trình trên cổng mô tả quy trình chung; hãy hỏi bưu cục "
                    "gần nhất hoặc xem trang dành cho người bán của từng sàn.",
                ),
                _checklist(
                    "Câu hỏi nên hỏi sàn trước khi đăng ký",
                    [
                        "Cần những giấy tờ gì cho doanh nghiệp, hợp tác xã, hộ kinh doanh?",
                        "Định danh người bán thực hiện như thế nào?",
                        "Phí và cách thanh toán tiền hàng cho người bán?",
                        "Hồ sơ được duyệt trong bao lâu?",
                    ],
                ),
                _step("voso-store:create-account", "Bắt đầu hành trình mở gian hàng Voso"),
                _step("postmart-store:create-account", "Bắt đầu hành trình mở gian hàng Postmart"),
            ],
        },
        {
            "slug": "kiem-tra-sendo-voso-postmart",
            "title": "Tổng kết và bài kiểm tra",
            "title_en": "Summary and quiz",
            "estimated_minutes": 20,
            "body": [
                _text(
                    "<p>Dù chọn sàn nào, giữ một bộ giấy tờ thống nhất và định danh người bán "
                    "theo Luật Thương mại điện tử 2025. Doanh nghiệp tại Hà Nội có website bán "
                    "hàng riêng thì vẫn thông báo website trên online.gov.vn; trong giai đoạn "
                    "phân cấp, hồ sơ do UBND Thành phố Hà Nội tiếp nhận.</p>"
                ),
                _callout(
                    "legal",
                    "Định danh người bán",
                    "Luật Thương mại điện tử yêu cầu định danh người bán qua VNeID; hãy chuẩn bị "
                    "bước này dù bán trên sàn nào.",
                    LB_LAW_122,
                ),
                _quiz(
                    "Bài kiểm tra cuối khóa",
                    [
                        _q(
                            "Nhà nhập khẩu đăng ký SenMall cần thêm giấy tờ gì?",
                            [
                                ("Giấy ủy quyền của chủ thương hiệu đã hợp pháp hóa", True),
                                ("Giấy phép lái xe", False),
                                ("Hợp đồng thuê kho", False),
                            ],
                            "Nhà nhập khẩu bổ sung giấy ủy quyền của chủ thương hiệu, được hợp "
                            "pháp hóa lãnh sự hoặc xác nhận bởi Bộ Ngoại giao.",
                        ),
                        _q(
                            "Sendo duyệt hồ sơ SenMall trong tối đa bao lâu?",
                            [
                                ("1 ngày làm việc, không tính thứ Bảy và Chủ nhật", True),
                                ("7 ngày", False),
                                ("30 ngày", False),
                            ],
                            "Sendo duyệt tối đa 1 ngày làm việc.",
                        ),
                        _q(
                            "Voso và Postmart lần lượt thuộc đơn vị nào?",
                            [
                                ("Viettel Post và Bưu điện Việt Nam (VNPost)", True),
                                ("VNPost và Viettel Post", False),
                                ("Bộ Công Thương và VECOM", False),
                            ],
                            "Voso thuộc Viettel Post; Postmart thuộc VNPost.",
                        ),
                    ],
                ),
            ],
        },
    ],
}

COURSES = [
    COURSE_BASICS,
    COURSE_NOTIFY,
    COURSE_STORES,
    COURSE_EXPORT,
    COURSE_OCOP,
    COURSE_STATE,
    COURSE_SMALL_FLOORS,
]
