"""Fixed pools of names the demo company is drawn from: people, companies, departments, groups."""

from __future__ import annotations

# Our own company, as it appears on business cards and in group names.
CORP_NAME = "星河智能科技有限公司"
CORP_SHORT = "星河智能"

# (surname, pinyin, weight) — weights roughly follow how common the surname is.
SURNAMES: tuple[tuple[str, str, int], ...] = (
    ("王", "wang", 14), ("李", "li", 14), ("张", "zhang", 13), ("刘", "liu", 10), ("陈", "chen", 9),
    ("杨", "yang", 6), ("黄", "huang", 5), ("赵", "zhao", 5), ("吴", "wu", 4), ("周", "zhou", 4),
    ("徐", "xu", 3), ("孙", "sun", 3), ("马", "ma", 3), ("朱", "zhu", 3), ("胡", "hu", 3),
    ("郭", "guo", 2), ("何", "he", 2), ("林", "lin", 2), ("高", "gao", 2), ("罗", "luo", 2),
    ("郑", "zheng", 2), ("梁", "liang", 2), ("谢", "xie", 2), ("宋", "song", 2), ("唐", "tang", 2),
    ("韩", "han", 1), ("冯", "feng", 1), ("邓", "deng", 1), ("曹", "cao", 1), ("彭", "peng", 1),
    ("曾", "zeng", 1), ("肖", "xiao", 1), ("田", "tian", 1), ("董", "dong", 1), ("袁", "yuan", 1),
    ("潘", "pan", 1), ("蒋", "jiang", 1), ("蔡", "cai", 1), ("杜", "du", 1), ("叶", "ye", 1),
    ("程", "cheng", 1), ("苏", "su", 1), ("魏", "wei", 1), ("吕", "lv", 1), ("丁", "ding", 1),
    ("任", "ren", 1), ("沈", "shen", 1), ("姚", "yao", 1), ("卢", "lu", 1), ("钟", "zhong", 1),
)  # fmt: skip

# (given name, pinyin, weight)
GIVEN_NAMES: tuple[tuple[str, str, int], ...] = (
    ("伟", "wei", 8), ("芳", "fang", 8), ("娜", "na", 6), ("敏", "min", 6), ("静", "jing", 6),
    ("丽", "li", 5), ("强", "qiang", 5), ("磊", "lei", 5), ("军", "jun", 4), ("洋", "yang", 4),
    ("勇", "yong", 4), ("艳", "yan", 4), ("杰", "jie", 4), ("娟", "juan", 3), ("涛", "tao", 3),
    ("明", "ming", 3), ("超", "chao", 3), ("秀英", "xiuying", 3), ("霞", "xia", 3), ("平", "ping", 3),
    ("刚", "gang", 3), ("桂英", "guiying", 2), ("华", "hua", 2), ("飞", "fei", 2), ("鑫", "xin", 2),
    ("波", "bo", 2), ("斌", "bin", 2), ("宇", "yu", 2), ("浩", "hao", 2), ("凯", "kai", 2),
    ("婷", "ting", 2), ("雪", "xue", 2), ("琳", "lin", 2), ("晨", "chen", 2), ("欣", "xin", 2),
    ("佳", "jia", 2), ("颖", "ying", 2), ("倩", "qian", 2), ("萍", "ping", 2), ("玲", "ling", 2),
    ("建国", "jianguo", 1), ("志强", "zhiqiang", 1), ("晓东", "xiaodong", 1), ("海燕", "haiyan", 1),
    ("子涵", "zihan", 1), ("梓轩", "zixuan", 1), ("思远", "siyuan", 1), ("雨桐", "yutong", 1),
    ("一鸣", "yiming", 1), ("文博", "wenbo", 1), ("嘉怡", "jiayi", 1), ("俊杰", "junjie", 1),
    ("晓燕", "xiaoyan", 1), ("建华", "jianhua", 1), ("丽娟", "lijuan", 1), ("志伟", "zhiwei", 1),
    ("慧敏", "huimin", 1), ("浩然", "haoran", 1), ("欣怡", "xinyi", 1), ("国强", "guoqiang", 1),
)  # fmt: skip

ENGLISH_FIRST = (
    "David", "Michael", "Kevin", "Jason", "Eric", "Tony", "Peter", "James", "Daniel", "Frank",
    "Amy", "Linda", "Grace", "Sophie", "Emma", "Cherry", "Vivian", "Helen", "Lucy", "Nancy",
    "Thomas", "Oliver", "Lukas", "Hiroshi", "Anna", "Maria", "Sarah", "Julia", "Leo", "Ryan",
)  # fmt: skip
ENGLISH_LAST = (
    "Miller", "Smith", "Brown", "Wilson", "Schmidt", "Müller", "Tanaka", "Kim", "Nguyen", "Lee",
    "Zhang", "Wang", "Chen", "Garcia", "Johnson", "Taylor", "Martin", "Wong", "Lim", "Tan",
)  # fmt: skip

# WeChat nicknames that customers keep as their display name.
NICKNAMES = (
    "阳光总在风雨后", "静待花开", "老王", "A-阿杰", "小鱼儿", "追梦人", "Sunny", "平安是福", "岁月静好",
    "海阔天空", "木子李", "一路向北", "心若向阳", "蓝天白云", "A0-陈记五金", "宁静致远", "春暖花开",
    "笑看人生", "Lucky", "大漠孤烟", "A-华强北数码", "晴天", "坚持就是胜利", "简单就好", "知足常乐",
)  # fmt: skip

CITIES = (
    "上海", "深圳", "杭州", "苏州", "广州", "北京", "成都", "武汉", "南京", "宁波",
    "东莞", "佛山", "无锡", "青岛", "厦门", "天津", "重庆", "长沙", "合肥", "郑州",
)  # fmt: skip
COMPANY_CORES = (
    "鼎盛", "华信", "恒泰", "瑞丰", "金桥", "宏达", "博远", "新锐", "中联", "天成", "嘉禾", "正邦",
    "盛世", "卓越", "汇通", "远景", "凯旋", "华美", "东方", "永信", "腾达", "联创", "明辉", "百川",
    "万通", "众诚", "安吉", "利群", "德力", "鸿运",
)  # fmt: skip
COMPANY_TRADES = (
    "贸易", "科技", "电子", "物流", "实业", "医疗器械", "供应链", "建材", "新材料", "食品",
    "电商", "仓储", "制造", "包装", "冷链",
)  # fmt: skip
FOREIGN_COMPANIES = (
    "Nordwind Logistics GmbH", "Pacific Rim Trading Ltd.", "Sakura Components Co., Ltd.",
    "BlueOcean Retail Pte. Ltd.", "Atlas Warehousing Inc.", "Lumen Electronics LLC",
)  # fmt: skip

# (department, head count) — 300 staff in all
DEPARTMENTS: tuple[tuple[str, int], ...] = (
    ("总经办", 6), ("销售部", 78), ("客服部", 40), ("技术支持部", 30), ("研发中心", 62),
    ("产品部", 18), ("市场部", 22), ("采购部", 12), ("仓储物流部", 14), ("财务部", 10), ("人事行政部", 8),
)  # fmt: skip
CUSTOMER_FACING = ("销售部", "客服部", "技术支持部", "总经办")

# Internal groups beyond one per department: (name, departments the members come from, size)
TEAM_GROUPS: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("华东销售二组", ("销售部",), 18),
    ("华南销售组", ("销售部",), 16),
    ("华北销售组", ("销售部",), 14),
    ("大客户部", ("销售部", "总经办"), 12),
    ("售后技术支持群", ("技术支持部", "客服部"), 45),
    ("研发中心-后端", ("研发中心",), 28),
    ("研发中心-前端", ("研发中心",), 16),
    ("测试组", ("研发中心",), 10),
    ("产品需求评审群", ("产品部", "研发中心", "技术支持部"), 40),
    ("周会群", ("总经办", "销售部", "研发中心", "产品部"), 25),
    ("管理层周报群", ("总经办", "财务部", "人事行政部", "销售部", "研发中心"), 15),
    ("新员工培训群", ("人事行政部", "销售部", "客服部", "研发中心"), 60),
    ("年会筹备组", ("人事行政部", "市场部", "总经办"), 12),
    ("羽毛球俱乐部", ("研发中心", "销售部", "产品部", "市场部"), 35),
    ("午饭约起来", ("研发中心", "产品部"), 9),
    ("跑步打卡群", ("研发中心", "市场部", "客服部"), 22),
    ("IT服务台", ("研发中心", "人事行政部", "客服部"), 30),
    ("报销答疑群", ("财务部", "销售部", "客服部"), 80),
    ("采购询价群", ("采购部", "财务部"), 8),
    ("仓库发货协调群", ("仓储物流部", "客服部", "销售部"), 26),
    ("618大促项目组", ("市场部", "销售部", "客服部", "仓储物流部"), 30),
    ("招聘面试协调群", ("人事行政部", "研发中心", "销售部"), 14),
    ("安全生产检查群", ("仓储物流部", "人事行政部"), 5),
    ("双十一备货群", ("仓储物流部", "采购部", "销售部"), 18),
    ("品牌物料设计群", ("市场部",), 6),
    ("版本发布群", ("研发中心", "产品部", "技术支持部"), 33),
    ("星河智能全员通知群", ("*",), 200),
)
BUSIEST_GROUP = "华东销售一组"  # the conversation that carries a fifth of all messages

CUSTOMER_GROUP_PATTERNS = (
    "{company}×星河 项目对接群",
    "{company}售后服务群",
    "星河-{company}合作群",
    "{company}采购沟通群",
    "{company}设备验收群",
    "{company}二期项目群",
)
BIG_CUSTOMER_GROUPS = (  # (name, size)
    ("VIP客户服务1群", 186),
    ("VIP客户服务2群", 142),
    ("华东区域经销商群", 96),
    ("星河智能用户交流群", 200),
    ("华南区域经销商群", 63),
)

ROBOTS = ("CRM商机播报", "日报机器人", "工单提醒")
