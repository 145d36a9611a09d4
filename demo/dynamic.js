// A page that adds a widget when asked and removes it again, using embed.js's exports.
import { mount, unmount } from "../widget/embed.js";

const slot = document.getElementById("slot");
document.getElementById("add").addEventListener("click", () => {
  const element = document.createElement("div");
  element.id = "later";
  slot.replaceChildren(element);
  mount(element, { lang: "en", clinicName: "Joint Care", conditions: ["lupus", "multiple_sclerosis", "not_sure"] });
});
document.getElementById("remove").addEventListener("click", () => {
  const element = document.getElementById("later");
  if (element) {
    unmount(element);
    element.remove();
  }
});
