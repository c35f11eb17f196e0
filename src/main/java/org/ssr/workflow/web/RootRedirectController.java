package org.ssr.workflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Everyone but the IT administrator works in Tasklist: the bare address opens it. */
@Controller
public class RootRedirectController {

  @GetMapping("/")
  public String root() {
    return "redirect:/camunda/app/tasklist/";
  }
}
