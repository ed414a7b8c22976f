"""The tests' SMTP server: aiosmtpd writing every accepted message to a Maildir.

`Mailbox` answers one command at a time; `PipeliningMailbox` also offers PIPELINING
(RFC 2920), as Postfix and Exim do, so the sender's pipelined path runs against a real server.
Both refuse recipients at refused.example (550), so a refused message can be tested.
"""

from aiosmtpd.handlers import Mailbox as _Mailbox


class Mailbox(_Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().endswith("@refused.example"):
            return "550 5.1.1 <%s>: recipient refused" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"


class PipeliningMailbox(Mailbox):
    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return responses[:-1] + ["250-PIPELINING", responses[-1]]
