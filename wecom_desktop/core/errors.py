"""Errors raised by the core layer."""

from __future__ import annotations

from wecom_desktop.core.i18n import Translate, untranslated

REJECTED_CONTEXT = "RejectedRecord"


class MalformedMessage(ValueError):
    """A message JSON object whose fields do not have the shape its type requires."""


class RejectedRecord(ValueError):
    """Input that cannot become a message at all (not JSON, not an object, no msgid).

    `template` is a translatable source string (marked where it is raised); `render` gives
    it in the user's language.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.render())

    def render(self, localize: Translate = untranslated) -> str:
        return localize(REJECTED_CONTEXT, self.template).format(**self.params)
