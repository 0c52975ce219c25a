import numpy as np
import pytest


@pytest.fixture
def rng():
    return np.random.default_rng(12345)


TRICKY_TEXTS = [
    "Hi Anna, I saw you're the VP of Sales at Initech. Call +1 415 555 0100!",
    "Hello JOSÉ — you\u2019re the Senior Product Manager at Acme Robotics Inc; mail me: a.b@x.com",
    "visit www.example.com/path?x=1, or https://t.co/abc) and @handle_1 now.",
    "Only $5k, 20% off until 12/03/2024 (Tuesday) or 2024-03-12; ref 4th, b2b, 10am, 3.5",
    "Hi , hope {{first_name}} is well [Name] %FIRSTNAME% {company} &amp; &lt;b&gt;x&lt;/b&gt;",
    "<p>Dear <b>Zoë</b>,<br />thanks&nbsp;for\u00a0connecting!</p>",
    "",
    "   ",
    "🙂🙂 👍",
    "这是一个测试消息，非常好",
    "สวัสดีครับ ยินดีที่ได้รู้จัก",
    "こんにちは、田中さん。よろしくお願いします。",
    "Ünïcödé ÉCOLE straße İstanbul ǅemal ﬁnance",
    "nul\x00byte and lone \ud800 surrogate",
    "ALL CAPS MESSAGE FOR JOHN AT ACME CORP",
    "all lower message for priya at globex about the head of growth role",
    "Founder & CEO / CTO co-founder at Northwind Traders LLC (NYC)",
    "PRIVATE! Your 2003 Account Statement for 07808247860 shows 800 un-redeemed S.I.M. points. Call 08719899229 Identifier Code: 40411 Expires 06/11/04",
    "Sorry, I'll call later in meeting.",
    "zero\u200bwidth jo\u200dined e\u0301 combining",
    "'quoted' \"double\" ‘curly’ “double curly” don't won’t",
    "{Hi|Hello} {NAME}, literal {braces} and | bars",
    "May 5th or in March, we may march on Monday.",
]
